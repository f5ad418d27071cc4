package nl.midoffice.portal.parkeervergunning;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Dutch licence plate as the mid-office checks it: letters, digits and dashes, 6 to 10 characters, and
 * without the dashes one of the RDW sidecodes 1–14 (L = letter, 9 = digit). Spaces are only typing
 * noise: they are removed before anything else.
 */
final class Kenteken {

    private static final Pattern SIDECODES = Pattern.compile(String.join("|",
            "[A-Z]{2}[0-9]{4}", "[0-9]{4}[A-Z]{2}", "[0-9]{2}[A-Z]{2}[0-9]{2}", "[A-Z]{2}[0-9]{2}[A-Z]{2}",
            "[A-Z]{4}[0-9]{2}", "[0-9]{2}[A-Z]{4}", "[0-9]{2}[A-Z]{3}[0-9]", "[0-9][A-Z]{3}[0-9]{2}",
            "[A-Z]{2}[0-9]{3}[A-Z]", "[A-Z][0-9]{3}[A-Z]{2}", "[A-Z]{3}[0-9]{2}[A-Z]", "[A-Z][0-9]{2}[A-Z]{3}",
            "[0-9][A-Z]{2}[0-9]{3}", "[0-9]{3}[A-Z]{2}[0-9]"));
    private static final Pattern TEKENS = Pattern.compile("[A-Za-z0-9-]+");

    static final String GEEN_KENTEKEN = "Dit is geen Nederlands kenteken. Vul het in zoals AB-123-C of 12-ABC-3.";

    private Kenteken() {
    }

    /** What the mid-office gets: as typed, without spaces. */
    static String zonderSpaties(String invoer) {
        return invoer.replaceAll("\\s", "");
    }

    /** What the citizen reads back: in capitals, as on the plate. */
    static String voorWeergave(String invoer) {
        return zonderSpaties(invoer).toUpperCase(Locale.ROOT);
    }

    /** Why the input is not a Dutch licence plate, or empty when it is one. */
    static Optional<String> fout(String invoer) {
        String kenteken = zonderSpaties(invoer);
        if (!TEKENS.matcher(kenteken).matches()) {
            return Optional.of("Gebruik alleen letters, cijfers en streepjes, zoals AB-123-C.");
        }
        if (kenteken.length() < 6 || kenteken.length() > 10
                || !SIDECODES.matcher(voorWeergave(kenteken).replace("-", "")).matches()) {
            return Optional.of(GEEN_KENTEKEN);
        }
        return Optional.empty();
    }
}
