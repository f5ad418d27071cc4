package nl.midoffice.contracts;

/**
 * Every queue the mid-office and its adapters share, named {@code <owner>.<system>.<purpose>}.
 * Dead letters of a queue go to {@code DLQ.<queue>}.
 */
public final class Queues {

    /** Accepted aanvragen, published from the mid-office's outbox. */
    public static final String AANVRAGEN_ONTVANGEN = "midoffice.aanvragen.ontvangen";

    /** Results and status changes reported by any adapter, consumed by the mid-office. */
    public static final String BACKOFFICE_RESULTATEN = "midoffice.backoffice.resultaten";

    /** {@link ZaakRegistreren} commands for the legacy suite. */
    public static final String LEGACY_SUITE_ZAAK_REGISTREREN = "adapter.legacy-suite.zaak-registreren";

    /** {@link ZaakstatusOpvragen} questions for the legacy suite, which cannot push status changes. */
    public static final String LEGACY_SUITE_ZAAKSTATUS_OPVRAGEN = "adapter.legacy-suite.zaakstatus-opvragen";

    /** Topic: every status change of an aanvraag as an NL GOV CloudEvent, for whoever subscribes. */
    public static final String STATUS_GEWIJZIGD_TOPIC = "midoffice.aanvragen.status-gewijzigd";

    public static final String DEAD_LETTER_PREFIX = "DLQ.";

    /** The queues whose consumers are transacted and park what they cannot process in {@code DLQ.<queue>}. */
    public static final java.util.List<String> MET_DEAD_LETTERS = java.util.List.of(
            AANVRAGEN_ONTVANGEN, BACKOFFICE_RESULTATEN, LEGACY_SUITE_ZAAK_REGISTREREN);

    private Queues() {
    }

    public static String deadLetterQueueOf(String queue) {
        return DEAD_LETTER_PREFIX + queue;
    }
}
