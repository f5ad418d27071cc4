package nl.midoffice.simulator.support.gedrag;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import nl.midoffice.log.LogTekst;

/**
 * Applies the failure mode to the protocol endpoints only ({@code simulator.gedrag.paden}), before any
 * processing, so that a simulated outage never stores anything. Also puts the caller's correlation id in
 * the MDC for the logs.
 */
class GedragFilter extends OncePerRequestFilter {

    static final String CORRELATION_ID = "X-Correlation-ID";
    private static final Logger LOG = LoggerFactory.getLogger(GedragFilter.class);

    private final GedragService gedrag;
    private final StoringAntwoord antwoord;

    GedragFilter(GedragService gedrag, StoringAntwoord antwoord) {
        this.gedrag = gedrag;
        this.antwoord = antwoord;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader(CORRELATION_ID);
        if (correlationId != null) {
            MDC.put("correlationId", LogTekst.veilig(correlationId));
        }
        try {
            Gedrag huidig = gedrag.huidig();
            if (huidig.modus() == Modus.STORING) {
                LOG.info("Storing gesimuleerd: {} {} beantwoord met 503", request.getMethod(), request.getRequestURI());
                antwoord.storing(request, response);
                return;
            }
            if (huidig.modus() == Modus.TRAAG && huidig.vertragingMs() > 0) {
                wacht(huidig.vertragingMs());
            }
            if (gedrag.trekFout()) {
                LOG.info("Technische fout gesimuleerd: {} {} beantwoord met 500", request.getMethod(), request.getRequestURI());
                antwoord.fout(request, response);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("correlationId");
        }
    }

    private static void wacht(long ms) throws ServletException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Onderbroken tijdens gesimuleerde vertraging", e);
        }
    }
}
