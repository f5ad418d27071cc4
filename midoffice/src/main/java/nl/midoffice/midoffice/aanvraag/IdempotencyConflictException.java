package nl.midoffice.midoffice.aanvraag;

/** An Idempotency-Key was used before for a different request. */
public class IdempotencyConflictException extends RuntimeException {
    public IdempotencyConflictException() {
        super("Idempotency-Key reused for a different request");
    }
}
