package nl.midoffice.portal.midoffice;

/**
 * The mid-office already stored an aanvraag under this idempotency key, with other data (422). It happens when
 * an attempt that looked failed did arrive and the citizen then changed the data: retrying with the same key
 * can never succeed, so the form needs a new key and the citizen an explanation.
 */
public class IdempotencyKeyAlGebruiktException extends RuntimeException {

    IdempotencyKeyAlGebruiktException() {
        super("Idempotency-Key already used by the mid-office for another aanvraag");
    }
}
