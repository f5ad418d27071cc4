package nl.midoffice.midoffice.api;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.midoffice.contracts.Headers;

/**
 * Takes the caller's correlation id (or makes one), puts it in the MDC of every log line of the request,
 * stores it with the aanvraag and returns it in the response, so one id follows a request end to end.
 * Also stamps the API version on every response (NL API Design Rules).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String MDC_KEY = "correlationId";
    public static final String API_VERSION = "1.0.0";
    private static final Pattern VEILIG = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The correlation id of the request being handled on this thread. */
    public static String huidige() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String gegeven = request.getHeader(Headers.CORRELATION_ID);
        String id = gegeven != null && VEILIG.matcher(gegeven).matches() ? gegeven : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        response.setHeader(Headers.CORRELATION_ID, id);
        response.setHeader("API-Version", API_VERSION);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
