package nl.midoffice.midoffice.api;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457, NL API Design Rules), with Dutch
 * texts a front office can show. Details never echo input values: they may hold a BSN.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler
    ResponseEntity<Object> probleem(ApiProbleem e) {
        ProblemDetail problem = problem(e.status(), e.detail());
        if (!e.invalidParams().isEmpty()) {
            problem.setProperty("invalidParams", e.invalidParams());
        }
        return antwoord(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> geenToegang(AccessDeniedException e) {
        return antwoord(problem(HttpStatus.FORBIDDEN, "U heeft geen toegang tot deze gegevens of handeling."));
    }

    @ExceptionHandler
    ResponseEntity<Object> verkeerdType(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Een parameter in het pad heeft een ongeldige waarde.");
        problem.setProperty("invalidParams", List.of(new InvalidParam(e.getName(), "Ongeldige waarde.")));
        return antwoord(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> onverwacht(Exception e) {
        log.error("Unexpected error answering an API call", e);
        return antwoord(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis bij ons. Probeer het later opnieuw; meld het kenmerk "
                        + CorrelationIdFilter.huidige() + " als het blijft gebeuren."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return antwoord(problem(HttpStatus.BAD_REQUEST, "De body is geen geldige JSON."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> antwoord = super.handleExceptionInternal(e, body, headers, status, request);
        if (antwoord != null && antwoord.getBody() instanceof ProblemDetail problem) {
            return ResponseEntity.status(antwoord.getStatusCode()).headers(antwoord.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return antwoord;
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private static ResponseEntity<Object> antwoord(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

}
