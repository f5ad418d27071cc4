package nl.midoffice.midoffice.aanvraag;

import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Validation of a Dutch address as products take it: postcode and huisnummer, optionally letter and addition. */
final class Adres {

    static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Z]{2}");
    private static final Pattern HUISLETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern TOEVOEGING = Pattern.compile("[A-Za-z0-9]{1,4}");

    private Adres() {
    }

    /** Postcode and huisnummer (required) at {@code pad}; {@code volledig} also checks huisletter and toevoeging. */
    static void valideer(JsonNode adres, String pad, boolean volledig, Validatie v) {
        String postcode = v.tekst(adres, pad, "postcode", 6, 7);
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            v.fout(pad + ".postcode", "Een postcode bestaat uit 4 cijfers en 2 hoofdletters, zoals 1234AB.");
        }
        JsonNode huisnummer = adres.get("huisnummer");
        if (huisnummer == null || huisnummer.isNull()) {
            v.fout(pad + ".huisnummer", "Dit veld is verplicht.");
        } else if (!huisnummer.isIntegralNumber() || !huisnummer.canConvertToInt()
                || huisnummer.intValue() < 1 || huisnummer.intValue() > 99999) {
            v.fout(pad + ".huisnummer", "Een huisnummer is een geheel getal van 1 tot en met 99999.");
        }
        if (!volledig) {
            return;
        }
        optioneel(adres, pad, "huisletter", HUISLETTER, "Een huisletter is één letter.", v);
        optioneel(adres, pad, "huisnummertoevoeging", TOEVOEGING,
                "Een huisnummertoevoeging is 1 tot 4 letters of cijfers.", v);
    }

    /** A copy of {@code gegevens} whose address at {@code veld} has its postcode as {@code 1234AB}. */
    static JsonNode postcodeZonderSpatie(JsonNode gegevens, String veld) {
        JsonNode adres = gegevens.get(veld);
        if (adres == null || !adres.isObject() || !adres.path("postcode").isString()) {
            return gegevens;
        }
        ObjectNode kopie = (ObjectNode) gegevens.deepCopy();
        ((ObjectNode) kopie.get(veld)).put("postcode", adres.path("postcode").stringValue().replace(" ", ""));
        return kopie;
    }

    private static void optioneel(JsonNode adres, String pad, String naam, Pattern patroon, String reden, Validatie v) {
        JsonNode waarde = adres.get(naam);
        if (waarde == null || waarde.isNull()) {
            return;
        }
        if (!waarde.isString() || !patroon.matcher(waarde.stringValue()).matches()) {
            v.fout(pad + "." + naam, reden);
        }
    }
}
