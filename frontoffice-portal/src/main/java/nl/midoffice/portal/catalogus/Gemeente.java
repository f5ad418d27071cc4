package nl.midoffice.portal.catalogus;

import java.util.Arrays;
import java.util.Optional;

/** The municipalities served by the shared mid-office (route 0). */
public enum Gemeente {
    LINDEVEEN("9001", "Lindeveen"),
    BERGDAL("9002", "Bergdal");

    /** For bean validation, which needs a compile-time constant; GemeenteTest keeps it in step with the values. */
    public static final String CODES_PATROON = "9001|9002";

    private final String code;
    private final String naam;

    Gemeente(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public static Optional<Gemeente> vanCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
