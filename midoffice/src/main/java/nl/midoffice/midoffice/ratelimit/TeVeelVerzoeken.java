package nl.midoffice.midoffice.ratelimit;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A limit was reached: 429 (or 503 when the whole instance is full) problem+json with {@code Retry-After}. */
public class TeVeelVerzoeken extends ErrorResponseException {

    TeVeelVerzoeken(HttpStatus status, Duration wacht, String detail) {
        super(status, probleem(status, detail), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconden(wacht)));
    }

    /** Whole seconds, rounded up, at least 1: what {@code Retry-After} can say. */
    static long seconden(Duration wacht) {
        return Math.max(1, (wacht.toMillis() + 999) / 1000);
    }

    private static ProblemDetail probleem(HttpStatus status, String detail) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, detail);
        probleem.setTitle(status.getReasonPhrase());
        return probleem;
    }
}
