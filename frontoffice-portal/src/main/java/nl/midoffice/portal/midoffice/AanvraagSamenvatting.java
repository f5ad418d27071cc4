package nl.midoffice.portal.midoffice;

/** One row of {@code GET /api/v1/aanvragen}; {@code ontvangenOp} stays ISO-8601 text so display decides the zone. */
public record AanvraagSamenvatting(String id, String referentie, String product, String gemeente, String status,
        String ontvangenOp) {
}
