package nl.midoffice.simulator.legacysuite.zds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.midoffice.simulator.legacysuite.gedrag.Gedrag;
import nl.midoffice.simulator.legacysuite.gedrag.GedragService;
import nl.midoffice.simulator.legacysuite.gedrag.Modus;

/**
 * Applies the failure mode to the protocol endpoints only, before any processing, so that a
 * simulated outage never stores anything. Also puts the correlation id in the MDC for the logs.
 */
class ZdsGedragFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ZdsGedragFilter.class);

    private final GedragService gedrag;
    private final StufBerichten berichten;

    ZdsGedragFilter(GedragService gedrag, StufBerichten berichten) {
        this.gedrag = gedrag;
        this.berichten = berichten;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader(ZdsController.CORRELATION_ID);
        if (correlationId != null) {
            MDC.put("correlationId", correlationId);
        }
        try {
            Gedrag huidig = gedrag.huidig();
            if (huidig.modus() == Modus.STORING) {
                LOG.info("Storing gesimuleerd: {} beantwoord met 503", request.getRequestURI());
                schrijf(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        StufFout.server("Zaaksysteem niet beschikbaar", "Storing (gesimuleerd)"));
                return;
            }
            if (huidig.modus() == Modus.TRAAG && huidig.vertragingMs() > 0) {
                wacht(huidig.vertragingMs());
            }
            if (gedrag.trekFout()) {
                LOG.info("Technische fout gesimuleerd: {} beantwoord met 500", request.getRequestURI());
                schrijf(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        StufFout.server("Technische fout in het zaaksysteem", "Fout (gesimuleerd, foutkans)"));
                return;
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("correlationId");
        }
    }

    private void schrijf(HttpServletResponse response, int status, StufFout fout) throws IOException {
        response.setStatus(status);
        response.setContentType(ZdsController.TEXT_XML.toString());
        response.getOutputStream().write(berichten.fo03(fout, Stuurgegevens.ONBEKEND).getBytes(StandardCharsets.UTF_8));
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
