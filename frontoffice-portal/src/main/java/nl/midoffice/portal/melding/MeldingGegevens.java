package nl.midoffice.portal.melding;

/** The {@code gegevens} of a melding-openbare-ruimte as the mid-office expects them (DESIGN §5). */
record MeldingGegevens(String categorie, String omschrijving, Locatie locatie) {

    record Locatie(String postcode, int huisnummer) {
    }
}
