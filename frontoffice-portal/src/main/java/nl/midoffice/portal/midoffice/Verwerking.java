package nl.midoffice.portal.midoffice;

import java.util.List;

/**
 * One processing of the citizen's personal data as the mid-office logged it ({@code GET /api/v1/verwerkingen}), in
 * the manner of VNG Verwerkingenlogging: who ({@code verwerkendeOrganisatie}, {@code uitvoerder}, {@code systeem})
 * did what ({@code verwerkingsactiviteit} on {@code soortenGegevens}), when, for which purpose and on which legal
 * ground. Texts are the mid-office's; {@code Verwerkingweergave} turns codes into Dutch.
 */
public record Verwerking(String actieId, String actieNaam, String verwerkingNaam, String verwerkingsactiviteit,
        String doel, String grondslag, String vertrouwelijkheid, String bewaartermijn, String verwerkendeOrganisatie,
        String uitvoerder, String systeem, String tijdstip, List<String> soortenGegevens, String aanvraagReferentie) {

    public Verwerking {
        soortenGegevens = soortenGegevens == null ? List.of() : List.copyOf(soortenGegevens);
    }
}
