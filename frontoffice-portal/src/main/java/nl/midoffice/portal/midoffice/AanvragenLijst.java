package nl.midoffice.portal.midoffice;

import java.util.List;

/** Envelope of {@code GET /api/v1/aanvragen}. */
record AanvragenLijst(List<AanvraagSamenvatting> aanvragen) {
}
