package nl.midoffice.simulator.brp.personen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads and validates a {@code PersonenQuery} body the way the BRP API does: every wrong parameter
 * is reported once, with the codes and reasons of the official API's acceptance tests.
 */
final class RaadplegingLezer {

    static final String RAADPLEEG = "RaadpleegMetBurgerservicenummer";
    /** The other search types of the spec: real, but not simulated here. */
    private static final Set<String> ZOEKTYPEN = Set.of(
            "ZoekMetGeslachtsnaamEnGeboortedatum", "ZoekMetNaamEnGemeenteVanInschrijving",
            "ZoekMetPostcodeEnHuisnummer", "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving",
            "ZoekMetNummeraanduidingIdentificatie", "ZoekMetAdresseerbaarObjectIdentificatie");
    private static final Set<String> PARAMETERS = Set.of("type", "fields", "burgerservicenummer", "gemeenteVanInschrijving");

    private static final String BSN_PATROON = "^[0-9]{9}$";
    private static final String GEMEENTE_PATROON = "^[0-9]{4}$";
    private static final Pattern BSN = Pattern.compile(BSN_PATROON);
    private static final Pattern GEMEENTE = Pattern.compile(GEMEENTE_PATROON);
    static final int MAX_BSN = 20;
    static final int MAX_FIELDS = 130;

    /** Either a valid question or the list of what is wrong with it. */
    record Uitkomst(Raadpleging raadpleging, List<InvalidParam> fouten) {
    }

    private final Velden velden;

    RaadplegingLezer(Velden velden) {
        this.velden = velden;
    }

    Uitkomst lees(JsonNode body) {
        JsonNode type = body.get("type");
        if (type == null || type.isNull()) {
            return fout(List.of(InvalidParam.verplicht("type")));
        }
        if (!type.isString() || !type.stringValue().equals(RAADPLEEG)) {
            boolean bekend = type.isString() && ZOEKTYPEN.contains(type.stringValue());
            return fout(List.of(bekend ? InvalidParam.zoektypeNietGesimuleerd() : InvalidParam.onbekendZoektype()));
        }

        List<InvalidParam> fouten = new ArrayList<>();
        for (String naam : body.propertyNames()) {
            if (!PARAMETERS.contains(naam)) {
                fouten.add(InvalidParam.onverwacht(naam));
            }
        }
        List<String> bsns = leesBurgerservicenummers(body.get("burgerservicenummer"), fouten);
        List<String> fields = leesFields(body.get("fields"), fouten);
        String gemeente = leesGemeente(body.get("gemeenteVanInschrijving"), fouten);
        return fouten.isEmpty() ? new Uitkomst(new Raadpleging(bsns, fields, gemeente), List.of()) : fout(fouten);
    }

    private static List<String> leesBurgerservicenummers(JsonNode waarde, List<InvalidParam> fouten) {
        String naam = "burgerservicenummer";
        if (!lijstIsGoed(waarde, naam, MAX_BSN, fouten)) {
            return List.of();
        }
        Set<String> bsns = new LinkedHashSet<>();
        for (int i = 0; i < waarde.size(); i++) {
            JsonNode bsn = waarde.get(i);
            if (bsn.isString() && BSN.matcher(bsn.stringValue()).matches()) {
                bsns.add(bsn.stringValue());
            } else {
                fouten.add(InvalidParam.patroon(naam + "[" + i + "]", BSN_PATROON));
            }
        }
        return List.copyOf(bsns);
    }

    private List<String> leesFields(JsonNode waarde, List<InvalidParam> fouten) {
        String naam = "fields";
        if (!lijstIsGoed(waarde, naam, MAX_FIELDS, fouten)) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < waarde.size(); i++) {
            JsonNode veld = waarde.get(i);
            String pad = veld.isString() ? veld.stringValue() : null;
            String element = naam + "[" + i + "]";
            switch (velden.beoordeel(pad)) {
                case GELDIG -> fields.add(pad);
                case ONGELDIG_PATROON -> fouten.add(InvalidParam.patroon(element, Velden.PATROON));
                case ONBEKEND -> fouten.add(InvalidParam.onbekendVeld(element));
                case NIET_TOEGESTAAN -> fouten.add(InvalidParam.nietToegestaanVeld(element));
            }
        }
        return List.copyOf(fields);
    }

    private static String leesGemeente(JsonNode waarde, List<InvalidParam> fouten) {
        if (waarde == null || waarde.isNull()) {
            return null;
        }
        if (!waarde.isString() || !GEMEENTE.matcher(waarde.stringValue()).matches()) {
            fouten.add(InvalidParam.patroon("gemeenteVanInschrijving", GEMEENTE_PATROON));
            return null;
        }
        return waarde.stringValue();
    }

    /** Required, an array, and within its size limits; adds the one applicable error otherwise. */
    private static boolean lijstIsGoed(JsonNode waarde, String naam, int max, List<InvalidParam> fouten) {
        if (waarde == null || waarde.isNull()) {
            fouten.add(InvalidParam.verplicht(naam));
        } else if (!waarde.isArray()) {
            fouten.add(InvalidParam.geenArray(naam));
        } else if (waarde.isEmpty()) {
            fouten.add(InvalidParam.minItems(naam, 1));
        } else if (waarde.size() > max) {
            fouten.add(InvalidParam.maxItems(naam, max));
        } else {
            return true;
        }
        return false;
    }

    private static Uitkomst fout(List<InvalidParam> fouten) {
        return new Uitkomst(null, List.copyOf(fouten));
    }
}
