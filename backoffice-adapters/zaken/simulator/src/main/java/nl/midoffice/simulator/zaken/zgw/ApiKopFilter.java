package nl.midoffice.simulator.zaken.zgw;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import nl.midoffice.log.LogTekst;

/**
 * Puts the API-version header on every Zaken API and Notificaties API answer and the caller's correlation id in
 * the logs.
 */
class ApiKopFilter extends OncePerRequestFilter {

    static final String API_VERSIE = "1.5.1";
    static final String NOTIFICATIES_API_VERSIE = "1.0.0";
    static final String CORRELATION_ID = "X-Correlation-ID";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/zaken/api/")) {
            response.setHeader("API-version", API_VERSIE);
        } else if (request.getRequestURI().startsWith("/notificaties/api/")) {
            response.setHeader("API-version", NOTIFICATIES_API_VERSIE);
        }
        String correlationId = request.getHeader(CORRELATION_ID);
        if (correlationId != null) {
            MDC.put("correlationId", LogTekst.veilig(correlationId));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("correlationId");
        }
    }
}
