package nl.midoffice.midoffice.console;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import nl.midoffice.midoffice.api.InvalidParam;

/** The console API's errors, as problem details like the rest of the mid-office (the script shows {@code detail}). */
final class Problemen {

    private Problemen() {
    }

    static ErrorResponseException nietGevonden(String detail) {
        return probleem(HttpStatus.NOT_FOUND, detail);
    }

    static ErrorResponseException ongeldig(String veld, String reden) {
        ErrorResponseException e = probleem(HttpStatus.BAD_REQUEST, "Het verzoek is niet juist: " + reden);
        e.getBody().setProperty("invalidParams", List.of(new InvalidParam(veld, reden)));
        return e;
    }

    static ErrorResponseException probleem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return new ErrorResponseException(status, problem, null);
    }
}
