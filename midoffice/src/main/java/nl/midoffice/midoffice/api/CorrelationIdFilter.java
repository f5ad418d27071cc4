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
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

    /** The correlation id of the request being handled on this thread. */
    public static String huidige() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : UUID.randomUUID().toString();
    }

    /**
     * The caller's correlation id if it is safe to log; else the trace id of its W3C {@code traceparent}
     * (32 hex digits, written as a UUID so it fits the trace context we pass on); else a new one.
     */
    static String correlationId(String gegeven, String traceparent) {
        if (gegeven != null && VEILIG.matcher(gegeven).matches()) {
            return gegeven;
        }
        if (traceparent != null) {
            var m = TRACEPARENT.matcher(traceparent);
            if (m.matches() && !m.group(1).equals("0".repeat(32))) {
                String t = m.group(1);
                return t.substring(0, 8) + "-" + t.substring(8, 12) + "-" + t.substring(12, 16) + "-"
                        + t.substring(16, 20) + "-" + t.substring(20);
            }
        }
        return UUID.randomUUID().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = correlationId(request.getHeader(Headers.CORRELATION_ID), request.getHeader("traceparent"));
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
