package nl.midoffice.portal.midoffice;

import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/aanvragen/{id}}: the aanvraag with its status history. */
public record AanvraagDetail(String id, String referentie, String product, String gemeente, String status,
        String statusToelichting, String ontvangenOp, Map<String, Object> gegevens,
        List<StatusWijziging> statusHistorie) {

    public AanvraagDetail {
        gegevens = gegevens == null ? Map.of() : gegevens;
        statusHistorie = statusHistorie == null ? List.of() : statusHistorie;
    }

    public record StatusWijziging(String status, String tijdstip, String toelichting) {
    }
}
