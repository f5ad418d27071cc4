package nl.midoffice.contracts;

/** The status of an aanvraag as the citizen sees it (docs/architecture.md). */
public enum AanvraagStatus {
    ONTVANGEN,
    GEREGISTREERD,
    IN_BEHANDELING,
    AFGEHANDELD,
    AFGEWEZEN,
    /** A back office is unreachable and retries go on. */
    VERTRAAGD;

    public boolean isEindstatus() {
        return this == AFGEHANDELD || this == AFGEWEZEN;
    }
}
