package nl.midoffice.portal.melding;

/** The {@code gegevens} of a melding-openbare-ruimte as the mid-office expects them (docs/architecture.md). */
record MeldingGegevens(String categorie, String omschrijving, Locatie locatie) {

    record Locatie(String postcode, int huisnummer) {
    }
}
