package nl.midoffice.midoffice.aanvraag;

import java.util.List;

import org.springframework.http.HttpStatus;

import nl.midoffice.midoffice.api.ApiProbleem;

/** An Idempotency-Key was used before for a different request. */
public class IdempotencyConflictException extends ApiProbleem {
    public IdempotencyConflictException() {
        super("Idempotency-Key reused for a different request", HttpStatus.UNPROCESSABLE_CONTENT,
                "Deze Idempotency-Key is al gebruikt voor een andere aanvraag.", List.of());
    }
}
