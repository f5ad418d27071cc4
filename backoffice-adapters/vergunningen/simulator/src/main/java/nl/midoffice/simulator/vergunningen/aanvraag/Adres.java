package nl.midoffice.simulator.vergunningen.aanvraag;

import java.util.Locale;

/**
 * A residential address as the permit rule "one permit per address" compares it: postcode and
 * huisnummer plus huisletter and toevoeging, the latter two normalised (upper case, empty = none).
 */
public record Adres(String postcode, int huisnummer, String huisletter, String huisnummertoevoeging) {

    public Adres {
        huisletter = normaliseer(huisletter);
        huisnummertoevoeging = normaliseer(huisnummertoevoeging);
    }

    /** E.g. {@code 1234AB 12a-3}, as an address label reads. */
    public String weergave() {
        return postcode + " " + huisnummer + huisletter.toLowerCase(Locale.ROOT)
                + (huisnummertoevoeging.isEmpty() ? "" : "-" + huisnummertoevoeging);
    }

    private static String normaliseer(String waarde) {
        return waarde == null ? "" : waarde.strip().toUpperCase(Locale.ROOT);
    }
}
