package nl.midoffice.demo;

import java.util.Set;

/**
 * The demo profile and the secrets this repository publishes (README, compose file, the demo profile's own
 * settings). Under the profile they run the demo; anywhere else an app refuses them, see {@link GeheimenControle}.
 */
public final class DemoProfiel {

    /** The Spring profile that switches the published demo secrets on: {@code --spring.profiles.active=demo}. */
    public static final String NAAM = "demo";

    /** Every secret value the repository publishes. Nothing outside the demo profile may use one of them. */
    static final Set<String> GEPUBLICEERD = Set.of(
            "demo-only-secret-change-me-0123456789abcdef",
            "demo",
            "demo-only-zaken-secret-change-me-0123456789",
            "demo-only-zaken-callback-change-me-0123456789",
            "demo-only-vergunningen-key-change-me",
            "demo-only-vergunningen-callback-secret-change-me",
            "demo-only-artemis-password",
            "demo-only-adapter-password",
            "demo-only-postgres-password",
            "artemis");

    private DemoProfiel() {
    }

    /** Whether a value is one of the published demo secrets (surrounding blanks ignored). */
    public static boolean isGepubliceerd(String waarde) {
        return waarde != null && GEPUBLICEERD.contains(waarde.strip());
    }
}
