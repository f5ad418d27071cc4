package nl.midoffice.adapter.vergunningen;

/**
 * A technical failure of the vergunningen service (unavailable, 5xx, a refused API key, an unexpected answer):
 * worth retrying, and counted by its circuit breaker.
 */
public class VergunningenStoring extends RuntimeException {

    public VergunningenStoring(String message) {
        super(message);
    }
}
