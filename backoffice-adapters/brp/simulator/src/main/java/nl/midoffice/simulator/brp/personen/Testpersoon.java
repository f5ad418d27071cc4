package nl.midoffice.simulator.brp.personen;

import java.util.OptionalInt;

import tools.jackson.databind.JsonNode;

/**
 * A test person in one line: who, born when, where registered and living.
 *
 * @param bsn          burgerservicenummer (a public, fictitious test number)
 * @param naam         volledige naam
 * @param geboortedatum ISO date
 * @param leeftijd     age today, or null when the birth date is incomplete
 * @param gemeente     gemeentecode of inschrijving, e.g. 9001
 * @param gemeenteNaam name of that municipality
 * @param adres        street, number, postcode and woonplaats on one line
 * @param postcode     postcode without space, e.g. 9001AB
 * @param huisnummer   house number
 */
public record Testpersoon(String bsn, String naam, String geboortedatum, Integer leeftijd, String gemeente,
                          String gemeenteNaam, String adres, String postcode, Integer huisnummer) {

    static Testpersoon van(JsonNode p, OptionalInt leeftijd) {
        JsonNode adres = p.path("verblijfplaats").path("verblijfadres");
        JsonNode adressering = p.path("adressering");
        return new Testpersoon(
                p.path("burgerservicenummer").asString(),
                p.path("naam").path("volledigeNaam").asString(),
                p.path("geboorte").path("datum").path("datum").asString(null),
                leeftijd.isPresent() ? leeftijd.getAsInt() : null,
                p.path("gemeenteVanInschrijving").path("code").asString(null),
                p.path("gemeenteVanInschrijving").path("omschrijving").asString(null),
                adressering.path("adresregel1").asString("") + ", " + metSpatie(adres.path("postcode").asString(""))
                        + " " + adres.path("woonplaats").asString(""),
                adres.path("postcode").asString(null),
                adres.has("huisnummer") ? adres.path("huisnummer").asInt() : null);
    }

    private static String metSpatie(String postcode) {
        return postcode.length() == 6 ? postcode.substring(0, 4) + " " + postcode.substring(4) : postcode;
    }
}
