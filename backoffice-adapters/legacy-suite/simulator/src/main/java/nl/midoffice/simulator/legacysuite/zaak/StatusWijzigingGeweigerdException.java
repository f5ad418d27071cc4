package nl.midoffice.simulator.legacysuite.zaak;

/** A status change the suite refuses; the message is Dutch and meant for the clerk. */
public class StatusWijzigingGeweigerdException extends RuntimeException {

    public StatusWijzigingGeweigerdException(String melding) {
        super(melding);
    }
}
