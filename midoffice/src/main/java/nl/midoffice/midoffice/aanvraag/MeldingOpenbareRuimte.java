package nl.midoffice.midoffice.aanvraag;

import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** A report of a problem in public space: categorie, omschrijving and a locatie (address or coordinates). */
@Component
class MeldingOpenbareRuimte implements Product {

    static final String ID = "melding-openbare-ruimte";
    static final Set<String> CATEGORIEEN = Set.of("afval", "straatverlichting", "bestrating", "groen", "overig");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> langeTeksten() {
        return Set.of("gegevens.omschrijving");
    }

    @Override
    public void valideer(JsonNode gegevens, Validatie v) {
        v.alleenVelden(gegevens, "gegevens", Set.of("categorie", "omschrijving", "locatie"));
        v.keuze(gegevens, "gegevens", "categorie", CATEGORIEEN);
        v.tekst(gegevens, "gegevens", "omschrijving", 1, 1000);
        JsonNode locatie = v.object(gegevens, "gegevens", "locatie");
        if (locatie == null) {
            return;
        }
        v.alleenVelden(locatie, "gegevens.locatie", Set.of("postcode", "huisnummer", "lat", "lon"));
        if (locatie.has("postcode") || locatie.has("huisnummer")) {
            Adres.valideer(locatie, "gegevens.locatie", false, v);
        } else if (locatie.has("lat") || locatie.has("lon")) {
            coordinaat(locatie, "lat", 50.7, 53.6, v);
            coordinaat(locatie, "lon", 3.3, 7.3, v);
        } else {
            v.fout("gegevens.locatie", "Geef een adres (postcode en huisnummer) of coördinaten (lat en lon).");
        }
    }

    private static void coordinaat(JsonNode locatie, String naam, double min, double max, Validatie v) {
        JsonNode waarde = locatie.get(naam);
        if (waarde == null || !waarde.isNumber()) {
            v.fout("gegevens.locatie." + naam, "Dit veld is verplicht en moet een getal zijn.");
        } else if (waarde.doubleValue() < min || waarde.doubleValue() > max) {
            v.fout("gegevens.locatie." + naam, "Deze coördinaat ligt niet in Nederland.");
        }
    }

    @Override
    public JsonNode genormaliseerd(JsonNode gegevens) {
        return Adres.postcodeZonderSpatie(gegevens, "locatie");
    }

    @Override
    public String zaakomschrijving(JsonNode gegevens) {
        return "Melding openbare ruimte: " + gegevens.path("categorie").asString();
    }

    @Override
    public String toelichting(JsonNode gegevens) {
        return gegevens.path("omschrijving").asString();
    }
}
