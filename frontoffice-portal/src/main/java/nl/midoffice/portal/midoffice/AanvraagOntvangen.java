package nl.midoffice.portal.midoffice;

/** The mid-office's 202 answer: the aanvraag is durably stored. */
public record AanvraagOntvangen(String id, String referentie, String status) {
}
