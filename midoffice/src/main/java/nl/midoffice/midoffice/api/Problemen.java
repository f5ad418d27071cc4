package nl.midoffice.midoffice.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problem details (RFC 9457) for a controller to throw, shaped like the ones {@link ApiExceptionHandler} writes. */
public final class Problemen {

    private Problemen() {
    }

    public static ErrorResponseException probleem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ApiExceptionHandler.problem(status, detail), null);
    }

    public static ErrorResponseException nietGevonden(String detail) {
        return probleem(HttpStatus.NOT_FOUND, detail);
    }

    /** 400 with the one invalid field in {@code invalidParams}. */
    public static ErrorResponseException ongeldig(String detail, InvalidParam param) {
        ErrorResponseException e = probleem(HttpStatus.BAD_REQUEST, detail);
        e.getBody().setProperty("invalidParams", List.of(param));
        return e;
    }
}
