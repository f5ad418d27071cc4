package nl.midoffice.simulator.vergunningen.aanvraag;

/** Where the delivery of the decision to the caller's callback URL stands. */
public enum AfleverStatus {
    /** No decision yet, so nothing to deliver. */
    WACHT_OP_BESLUIT,
    /** Decided; being delivered, or waiting for the next attempt after a failure. */
    BEZIG,
    /** The callback answered 2xx. */
    AFGELEVERD,
    /** Every attempt failed; a clerk can start a new series from the page. */
    MISLUKT
}
