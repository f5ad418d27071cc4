package nl.midoffice.portal.midoffice;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/persoonsgegevens?gemeente=...}: what the municipality knows of the citizen on whose behalf the
 * call is made (from the BRP or the legacy suite's copy, {@code bron}). Personal data: never logged,
 * {@link #toString()} says nothing.
 */
public record Persoonsgegevens(Naam naam, String geboortedatum, Adres adres, String gemeenteVanInschrijving,
        String bron) {

    public record Naam(String voornamen, String voorvoegsel, String geslachtsnaam, String volledigeNaam) {

        /** The full name as the mid-office spells it, or put together from its parts. */
        public String getTekst() {
            if (volledigeNaam != null && !volledigeNaam.isBlank()) {
                return volledigeNaam;
            }
            return samen(" ", voornamen, voorvoegsel, geslachtsnaam);
        }

        @Override
        public String toString() {
            return "Naam[***]";
        }
    }

    public record Adres(String straat, Integer huisnummer, String huisletter, String huisnummertoevoeging,
            String postcode, String woonplaats) {

        /** "Molenweg 23A, 9002EF Bergdal" or "Stationsweg 14-2, ...", as a Dutch address is written on one line. */
        public String getTekst() {
            String nummer = (huisnummer == null ? "" : huisnummer.toString()) + (huisletter == null ? "" : huisletter)
                    + (huisnummertoevoeging == null || huisnummertoevoeging.isBlank() ? "" : "-" + huisnummertoevoeging);
            return samen(", ", samen(" ", straat, nummer), samen(" ", postcode, woonplaats));
        }

        @Override
        public String toString() {
            return "Adres[***]";
        }
    }

    @Override
    public String toString() {
        return "Persoonsgegevens[***]";
    }

    private static String samen(String scheiding, String... delen) {
        List<String> gevuld = new ArrayList<>();
        for (String deel : delen) {
            if (deel != null && !deel.isBlank()) {
                gevuld.add(deel.strip());
            }
        }
        return String.join(scheiding, gevuld);
    }
}
