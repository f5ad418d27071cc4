package nl.midoffice.midoffice.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An error a feature reports to the API's caller: {@link ApiExceptionHandler} answers it as problem details with this
 * status and Dutch detail text, and with {@code invalidParams} when there are any. The features extend it, so that the
 * handler does not need to know them.
 */
public abstract class ApiProbleem extends RuntimeException {

    private final HttpStatus status;
    private final String detail;
    private final List<InvalidParam> invalidParams;

    protected ApiProbleem(String message, HttpStatus status, String detail, List<InvalidParam> invalidParams) {
        super(message);
        this.status = status;
        this.detail = detail;
        this.invalidParams = List.copyOf(invalidParams);
    }

    public HttpStatus status() {
        return status;
    }

    /** Shown to the caller; never an input value (it may hold a BSN). */
    public String detail() {
        return detail;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
