package nl.midoffice.camel;

/**
 * The back office is known to be down (its circuit breaker is open): retrying in process is pointless,
 * the message goes straight back to the broker for a later delivery, and the aanvraag reads VERTRAAGD.
 */
public class BackofficeOnbereikbaar extends RuntimeException {

    public BackofficeOnbereikbaar(String message, Throwable cause) {
        super(message, cause);
    }
}
