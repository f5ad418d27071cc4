package nl.midoffice.simulator.zaken.zaak;

/** A zaak's identification in another administration, e.g. the mid-office's aanvraag id. */
public record Kenmerk(String kenmerk, String bron) {

    /** The {@code bron} under which the mid-office puts its aanvraag id. */
    public static final String MIDOFFICE_AANVRAAG = "midoffice-aanvraag";
}
