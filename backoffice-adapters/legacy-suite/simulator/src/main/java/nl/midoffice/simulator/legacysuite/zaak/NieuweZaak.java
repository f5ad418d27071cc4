package nl.midoffice.simulator.legacysuite.zaak;

/**
 * What a creeerZaak message asks the suite to register.
 *
 * @param aanvraagId the mid-office's aanvraag id (kenmerk with bron midoffice-aanvraag); null for other senders
 */
public record NieuweZaak(
        String identificatie,
        String gemeente,
        String omschrijving,
        String toelichting,
        String aanvraagId,
        String startdatum,
        String zaaktypeCode,
        String zaaktypeOmschrijving,
        String initiatorBsn) {

    /** The zaaktype code of a resident's parking permit: such a zaak ends with a clerk's decision. */
    public static final String PARKEERVERGUNNING = "parkeervergunning";

    public boolean isParkeervergunning() {
        return PARKEERVERGUNNING.equals(zaaktypeCode);
    }
}
