package nl.midoffice.contracts;

import java.util.List;

/**
 * Every queue the mid-office and its adapters share, named {@code <owner>.<system>.<purpose>}.
 * Dead letters of a queue go to {@code DLQ.<queue>}.
 *
 * <p>Commands go to {@code adapter.<system>.<command>}; answers come back on the mid-office's result queues:
 * {@link #PERSOONSGEGEVENS_RESULTATEN} for {@link PersoonOpgevraagd}, {@link #BACKOFFICE_RESULTATEN} for
 * {@link BackofficeResultaat}.
 */
public final class Queues {

    /** Accepted aanvragen, published from the mid-office's outbox. */
    public static final String AANVRAGEN_ONTVANGEN = "midoffice.aanvragen.ontvangen";

    /** Results and status changes reported by any adapter about zaken and permits, consumed by the mid-office. */
    public static final String BACKOFFICE_RESULTATEN = "midoffice.backoffice.resultaten";

    /** {@link PersoonOpgevraagd} answers of any adapter, consumed by the mid-office. */
    public static final String PERSOONSGEGEVENS_RESULTATEN = "midoffice.persoonsgegevens.resultaten";

    /** {@link ZaakRegistreren} commands for the legacy suite. */
    public static final String LEGACY_SUITE_ZAAK_REGISTREREN = "adapter.legacy-suite.zaak-registreren";

    /** {@link ZaakstatusOpvragen} questions for the legacy suite, which cannot push status changes. */
    public static final String LEGACY_SUITE_ZAAKSTATUS_OPVRAGEN = "adapter.legacy-suite.zaakstatus-opvragen";

    /** {@link PersoonOpvragen} questions for the legacy suite's copy of person data (StUF-BG). */
    public static final String LEGACY_SUITE_PERSOON_OPVRAGEN = "adapter.legacy-suite.persoon-opvragen";

    /** {@link VergunningAanvragen} commands for the legacy suite: a clerk decides in the werkbak. */
    public static final String LEGACY_SUITE_VERGUNNING_AANVRAGEN = "adapter.legacy-suite.vergunning-aanvragen";

    /** {@link PersoonOpvragen} questions for the BRP (Haal Centraal BRP Personen). */
    public static final String BRP_PERSOON_OPVRAGEN = "adapter.brp.persoon-opvragen";

    /** {@link ZaakRegistreren} commands for the zaken system (ZGW Zaken API). */
    public static final String ZAKEN_ZAAK_REGISTREREN = "adapter.zaken.zaak-registreren";

    /** {@link VergunningAanvragen} commands for the vergunningen service. */
    public static final String VERGUNNINGEN_VERGUNNING_AANVRAGEN = "adapter.vergunningen.vergunning-aanvragen";

    /** Topic: every status change of an aanvraag as an NL GOV CloudEvent, for whoever subscribes. */
    public static final String STATUS_GEWIJZIGD_TOPIC = "midoffice.aanvragen.status-gewijzigd";

    public static final String DEAD_LETTER_PREFIX = "DLQ.";

    /** The queues whose consumers are transacted and park what they cannot process in {@code DLQ.<queue>}. */
    public static final List<String> MET_DEAD_LETTERS = List.of(
            AANVRAGEN_ONTVANGEN, BACKOFFICE_RESULTATEN, PERSOONSGEGEVENS_RESULTATEN,
            LEGACY_SUITE_ZAAK_REGISTREREN, LEGACY_SUITE_PERSOON_OPVRAGEN, LEGACY_SUITE_VERGUNNING_AANVRAGEN,
            BRP_PERSOON_OPVRAGEN, ZAKEN_ZAAK_REGISTREREN, VERGUNNINGEN_VERGUNNING_AANVRAGEN);

    private Queues() {
    }

    public static String deadLetterQueueOf(String queue) {
        return DEAD_LETTER_PREFIX + queue;
    }

    /** The queue that takes a capability's command for a system. */
    public static String opdrachtenVoor(Capability capability, String systeem) {
        String queue = switch (capability) {
            case PERSOONSGEGEVENS -> switch (systeem) {
                case Systemen.LEGACY_SUITE -> LEGACY_SUITE_PERSOON_OPVRAGEN;
                case Systemen.BRP -> BRP_PERSOON_OPVRAGEN;
                default -> null;
            };
            case ZAAKREGISTRATIE -> switch (systeem) {
                case Systemen.LEGACY_SUITE -> LEGACY_SUITE_ZAAK_REGISTREREN;
                case Systemen.ZAKEN -> ZAKEN_ZAAK_REGISTREREN;
                default -> null;
            };
            case VERGUNNINGEN -> switch (systeem) {
                case Systemen.LEGACY_SUITE -> LEGACY_SUITE_VERGUNNING_AANVRAGEN;
                case Systemen.VERGUNNINGEN -> VERGUNNINGEN_VERGUNNING_AANVRAGEN;
                default -> null;
            };
        };
        if (queue == null) {
            throw new IllegalArgumentException(systeem + " does not serve " + capability.id());
        }
        return queue;
    }
}
