package nl.midoffice.simulator.vergunningen.aanvraag;

/** Status of an application as the API reports it. */
public enum AanvraagStatus {
    /** Received, decision pending. */
    IN_BEHANDELING,
    /** Decided (VERLEEND or AFGEWEZEN, see the besluit). */
    AFGEHANDELD
}
