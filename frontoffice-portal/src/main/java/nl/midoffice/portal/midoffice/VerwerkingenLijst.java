package nl.midoffice.portal.midoffice;

import java.util.List;

/** Envelope of {@code GET /api/v1/verwerkingen}. */
record VerwerkingenLijst(List<Verwerking> verwerkingen) {
}
