package nl.midoffice.adapter.zaken;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a ZGW {@code ValidatieFout} (400 with {@code invalidParams}) into a reason a citizen can read, in Dutch.
 * It names the field and the kind of problem in plain words; it never repeats the system's own text, which may
 * hold URLs or values (a BSN must never appear in a reason).
 */
final class Weigering {

    static final String INLEIDING = "Het zaaksysteem heeft uw aanvraag niet geregistreerd: ";

    private static final Map<String, String> VELDEN = Map.ofEntries(
            Map.entry("identificatie", "het zaaknummer"),
            Map.entry("bronorganisatie", "de gemeente"),
            Map.entry("verantwoordelijkeOrganisatie", "de gemeente"),
            Map.entry("zaaktype", "het soort aanvraag"),
            Map.entry("startdatum", "de datum van de aanvraag"),
            Map.entry("registratiedatum", "de datum van registratie"),
            Map.entry("omschrijving", "de omschrijving"),
            Map.entry("toelichting", "de toelichting"),
            Map.entry("zaakgeometrie", "de locatie"),
            Map.entry("kenmerken", "het kenmerk van de aanvraag"),
            Map.entry("betrokkeneIdentificatie.inpBsn", "het burgerservicenummer van de aanvrager"),
            Map.entry("betrokkeneIdentificatie", "de gegevens van de aanvrager"),
            Map.entry("roltype", "de rol van de aanvrager"),
            Map.entry("statustype", "de status"),
            Map.entry("zaak", "de zaak"));

    private Weigering() {
    }

    /** "Het zaaksysteem heeft uw aanvraag niet geregistreerd: het soort aanvraag is bij het zaaksysteem niet bekend." */
    static String reden(JsonNode fout) {
        Set<String> delen = new LinkedHashSet<>();
        if (fout != null) {
            for (JsonNode param : fout.path("invalidParams")) {
                delen.add(veld(param.path("name").asText("")) + " " + probleem(param.path("code").asText("")));
            }
        }
        if (delen.isEmpty()) {
            return INLEIDING + "de gegevens werden niet geaccepteerd.";
        }
        return INLEIDING + String.join("; ", delen) + ".";
    }

    /** For the log: the names and codes of the refused fields, e.g. {@code zaaktype:bad-url}; never values. */
    static String samenvatting(JsonNode fout) {
        List<String> delen = new ArrayList<>();
        if (fout != null) {
            for (JsonNode param : fout.path("invalidParams")) {
                delen.add(param.path("name").asText("?") + ":" + param.path("code").asText("?"));
            }
        }
        return delen.isEmpty() ? (fout == null ? "no details" : fout.path("code").asText("no details"))
                : String.join(", ", delen);
    }

    private static String veld(String naam) {
        if (VELDEN.containsKey(naam)) {
            return VELDEN.get(naam);
        }
        // nested names as DRF gives them, e.g. kenmerken.0.bron
        String eerste = naam.contains(".") ? naam.substring(0, naam.indexOf('.')) : naam;
        return VELDEN.getOrDefault(eerste, "de gegevens");
    }

    private static String probleem(String code) {
        return switch (code) {
            case "required", "blank", "null" -> "ontbreekt";
            case "max_length" -> "is te lang";
            case "bad-url", "does_not_exist", "no_match" -> "is bij het zaaksysteem niet bekend";
            case "date-in-future" -> "ligt in de toekomst";
            default -> "is ongeldig";
        };
    }
}
