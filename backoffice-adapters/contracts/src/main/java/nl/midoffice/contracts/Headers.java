package nl.midoffice.contracts;

/** Header names carried on JMS messages and HTTP calls between the mid-office, adapters and back offices. */
public final class Headers {

    /** Correlates everything that happens for one portal request, end to end. */
    public static final String CORRELATION_ID = "X-Correlation-ID";

    /** The id of the aanvraag a message belongs to (a UUID, never personal data). */
    public static final String AANVRAAG_ID = "X-Aanvraag-ID";

    /** JMS-safe variants: JMS property names must be valid Java identifiers. */
    public static final String JMS_CORRELATION_ID = "midofficeCorrelationId";
    public static final String JMS_AANVRAAG_ID = "midofficeAanvraagId";
    public static final String JMS_MESSAGE_ID = "midofficeMessageId";
    /**
     * Artemis duplicate detection: the broker drops a second message with the same value on an address,
     * also when a sender that crashed after sending sends again.
     */
    public static final String JMS_DUPLICATE_ID = "_AMQ_DUPL_ID";
    /** Why a message ended in a dead-letter queue. */
    public static final String JMS_DEAD_LETTER_REASON = "midofficeDeadLetterReason";

    private Headers() {
    }
}
