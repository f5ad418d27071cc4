package nl.midoffice.simulator.vergunningen.api;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.core.JacksonException;

/**
 * Errors of the permit API as {@code application/problem+json} (NL API design rules), with
 * {@code invalidParams} for input faults. Runs before Boot's generic problem handler.
 */
@RestControllerAdvice(assignableTypes = AanvraagController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiFouten {

    @ExceptionHandler(OngeldigeAanvraagException.class)
    ProblemDetail ongeldig(OngeldigeAanvraagException e) {
        return ongeldigeInvoer(e.invalidParams());
    }

    /** Unreadable JSON, or a value of the wrong type (an object where a text belongs, text as huisnummer). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail onleesbaar(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String pad = jackson.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("."));
            return ongeldigeInvoer(List.of(new InvalidParam(pad, "invalid", "heeft niet het juiste type")));
        }
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "De body is geen geldig JSON-object.");
        probleem.setTitle("Ongeldige aanvraag");
        return probleem;
    }

    @ExceptionHandler(ReferentieConflictException.class)
    ProblemDetail conflict(ReferentieConflictException e) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        probleem.setTitle("Referentie al gebruikt");
        return probleem;
    }

    @ExceptionHandler(AanvraagNietGevondenException.class)
    ProblemDetail nietGevonden(AanvraagNietGevondenException e) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        probleem.setTitle("Aanvraag niet gevonden");
        return probleem;
    }

    private static ProblemDetail ongeldigeInvoer(List<InvalidParam> invalidParams) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Een of meer velden zijn ongeldig; zie invalidParams.");
        probleem.setTitle("Ongeldige aanvraag");
        probleem.setProperty("invalidParams", invalidParams);
        return probleem;
    }
}
