package nl.midoffice.portal.catalogus;

import java.util.Arrays;
import java.util.Optional;

/**
 * The municipalities served by the shared mid-office (route 0). Each has its own counter in the portal: its
 * name, its look ({@code thema-<slug>} in {@code portal.css}) and its front door {@code /<slug>}.
 */
public enum Gemeente {
    LINDEVEEN("9001", "Lindeveen", "lindeveen"),
    BERGDAL("9002", "Bergdal", "bergdal");

    /** For bean validation, which needs a compile-time constant; GemeenteTest keeps it in step with the values. */
    public static final String CODES_PATROON = "9001|9002";
    /** For request mappings, which need a compile-time constant; GemeenteTest keeps it in step too. */
    public static final String SLUGS_PATROON = "lindeveen|bergdal";

    private final String code;
    private final String naam;
    private final String slug;

    Gemeente(String code, String naam, String slug) {
        this.code = code;
        this.naam = naam;
        this.slug = slug;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    /** The path segment of the municipality's front door and the suffix of its CSS theme. */
    public String getSlug() {
        return slug;
    }

    public static Optional<Gemeente> vanCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }

    public static Optional<Gemeente> vanSlug(String slug) {
        return Arrays.stream(values()).filter(g -> g.slug.equals(slug)).findFirst();
    }
}
