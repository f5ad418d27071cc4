package nl.midoffice.portal.melding;

import java.util.Arrays;
import java.util.Optional;

/** The categories of a melding openbare ruimte (docs/architecture.md), with the labels citizens read. */
public enum Categorie {
    AFVAL("afval", "Afval en zwerfvuil"),
    STRAATVERLICHTING("straatverlichting", "Straatverlichting"),
    BESTRATING("bestrating", "Bestrating en wegdek"),
    GROEN("groen", "Bomen, planten en gras"),
    OVERIG("overig", "Iets anders");

    /** For bean validation, which needs a compile-time constant; CategorieTest keeps it in step. */
    public static final String CODES_PATROON = "afval|straatverlichting|bestrating|groen|overig";

    private final String code;
    private final String label;

    Categorie(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public static Optional<Categorie> vanCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
