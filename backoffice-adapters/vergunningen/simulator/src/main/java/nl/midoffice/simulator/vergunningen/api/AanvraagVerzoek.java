package nl.midoffice.simulator.vergunningen.api;

/**
 * Body of POST /api/v1/aanvragen as it arrives. Loose types (texts, not dates or URIs) so that every
 * bad value gets its own readable entry in {@code invalidParams} instead of a parse error.
 */
record AanvraagVerzoek(String referentie, String gemeente, AanvragerVerzoek aanvrager, String kenteken,
                       String ingangsdatum, String callbackUrl, String callbackAuth) {

    record AanvragerVerzoek(String bsn, AdresVerzoek woonadres, String gemeenteVanInschrijving) {
    }

    record AdresVerzoek(String postcode, Integer huisnummer, String huisletter, String huisnummertoevoeging) {
    }
}
