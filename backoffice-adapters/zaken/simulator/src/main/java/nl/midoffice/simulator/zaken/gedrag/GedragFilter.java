package nl.midoffice.simulator.zaken.gedrag;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.midoffice.simulator.zaken.zgw.FoutSchrijver;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;

/**
 * Applies the failure mode to the simulated APIs only, before authentication and any processing, so
 * that a simulated outage never stores anything.
 */
class GedragFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(GedragFilter.class);

    private final GedragService gedrag;
    private final FoutSchrijver fouten;

    GedragFilter(GedragService gedrag, FoutSchrijver fouten) {
        this.gedrag = gedrag;
        this.fouten = fouten;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Gedrag huidig = gedrag.huidig();
        if (huidig.modus() == Modus.STORING) {
            LOG.info("Storing gesimuleerd: {} {} beantwoord met 503", request.getMethod(), request.getRequestURI());
            response.setHeader("Retry-After", "30");
            fouten.schrijf(response, new ZgwFout(HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable",
                    "service_unavailable", "Zaaksysteem niet beschikbaar.", "Storing (gesimuleerd)", null));
            return;
        }
        if (huidig.modus() == Modus.TRAAG && huidig.vertragingMs() > 0) {
            wacht(huidig.vertragingMs());
        }
        if (gedrag.trekFout()) {
            LOG.info("Technische fout gesimuleerd: {} {} beantwoord met 500", request.getMethod(), request.getRequestURI());
            fouten.schrijf(response, new ZgwFout(HttpStatus.INTERNAL_SERVER_ERROR, "APIException", "error",
                    "Er is een serverfout opgetreden.", "Technische fout in het zaaksysteem (gesimuleerd, foutkans)", null));
            return;
        }
        chain.doFilter(request, response);
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
