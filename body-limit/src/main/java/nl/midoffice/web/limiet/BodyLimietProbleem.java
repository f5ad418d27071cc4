package nl.midoffice.web.limiet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;

/**
 * The {@code application/problem+json} body of a refusal by {@link BodyLimietFilter}. By default an RFC 9457 problem
 * with type, title, status and detail; an app whose API has an error format of its own (the BRP simulator answers as
 * Haal Centraal does) declares one as a bean, so that its clients meet that format at the limit too.
 */
@FunctionalInterface
public interface BodyLimietProbleem {

    BodyLimietProbleem STANDAARD = (request, status, detail) -> "{\"type\":\"about:blank\",\"title\":\""
            + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}";

    /**
     * @param status 413 (too large) or 400 (cut off, unreadable parameters)
     * @param detail the reason in Dutch, free of quotes and of anything the client sent
     */
    String json(HttpServletRequest request, HttpStatus status, String detail);
}
