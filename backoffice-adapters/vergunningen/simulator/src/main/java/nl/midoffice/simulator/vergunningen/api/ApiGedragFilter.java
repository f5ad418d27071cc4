package nl.midoffice.simulator.vergunningen.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.simulator.vergunningen.gedrag.Gedrag;
import nl.midoffice.simulator.vergunningen.gedrag.GedragService;
import nl.midoffice.simulator.vergunningen.gedrag.Modus;

/**
 * First in line on the API: sets the API-Version header and the correlation id for the logs, then
 * applies the failure mode before anything is checked or stored, so a simulated outage keeps nothing.
 */
class ApiGedragFilter extends OncePerRequestFilter {

    static final String API_VERSION = "1.0.0";
    private static final Logger LOG = LoggerFactory.getLogger(ApiGedragFilter.class);

    private final GedragService gedrag;
    private final JsonMapper json;

    ApiGedragFilter(GedragService gedrag, JsonMapper json) {
        this.gedrag = gedrag;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("API-Version", API_VERSION);
        String correlationId = request.getHeader(AanvraagController.CORRELATION_ID);
        if (correlationId != null) {
            MDC.put("correlationId", correlationId);
        }
        try {
            Gedrag huidig = gedrag.huidig();
            if (huidig.modus() == Modus.STORING) {
                LOG.info("Storing gesimuleerd: {} {} beantwoord met 503", request.getMethod(), request.getRequestURI());
                FilterProbleem.schrijf(json, request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Dienst niet beschikbaar", "De vergunningendienst is tijdelijk niet beschikbaar (gesimuleerde storing).");
                return;
            }
            if (huidig.modus() == Modus.TRAAG && huidig.vertragingMs() > 0) {
                wacht(huidig.vertragingMs());
            }
            if (gedrag.trekFout()) {
                LOG.info("Technische fout gesimuleerd: {} {} beantwoord met 500", request.getMethod(), request.getRequestURI());
                FilterProbleem.schrijf(json, request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Technische fout", "Er ging iets mis in de vergunningendienst (gesimuleerd, foutkans).");
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
