package nl.midoffice.simulator.brp.personen;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.simulator.brp.gedrag.Gedrag;
import nl.midoffice.simulator.brp.gedrag.GedragService;
import nl.midoffice.simulator.brp.gedrag.Modus;

/**
 * Applies the failure mode to the BRP API only, before anything is read or recorded, so that a
 * simulated outage leaves no trace in {@code /simulator/ontvangen}. Also puts the correlation id in
 * the MDC for the logs.
 */
class BrpGedragFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BrpGedragFilter.class);

    private final GedragService gedrag;
    private final JsonMapper json;

    BrpGedragFilter(GedragService gedrag, JsonMapper json) {
        this.gedrag = gedrag;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader(PersonenController.CORRELATION_ID);
        if (correlationId != null) {
            MDC.put("correlationId", correlationId);
        }
        try {
            Gedrag huidig = gedrag.huidig();
            if (huidig.modus() == Modus.STORING) {
                LOG.info("Storing gesimuleerd: {} beantwoord met 503", request.getRequestURI());
                schrijf(response, Foutbericht.nietBeschikbaar());
                return;
            }
            if (huidig.modus() == Modus.TRAAG && huidig.vertragingMs() > 0) {
                wacht(huidig.vertragingMs());
            }
            if (gedrag.trekFout()) {
                LOG.info("Technische fout gesimuleerd: {} beantwoord met 500", request.getRequestURI());
                schrijf(response, Foutbericht.interneFout());
                return;
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("correlationId");
        }
    }

    private void schrijf(HttpServletResponse response, Foutbericht fout) throws IOException {
        response.setStatus(fout.status());
        response.setContentType(PersonenController.PROBLEM_JSON.toString());
        response.getOutputStream().write(json.writeValueAsBytes(fout));
    }

    private static void wacht(long ms) throws ServletException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Onderbroken tijdens gesimuleerde vertraging", e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registratie {

        @Bean
        FilterRegistrationBean<BrpGedragFilter> brpGedragFilter(GedragService gedrag, JsonMapper json) {
            FilterRegistrationBean<BrpGedragFilter> registratie =
                    new FilterRegistrationBean<>(new BrpGedragFilter(gedrag, json));
            registratie.addUrlPatterns("/haalcentraal/*");
            return registratie;
        }
    }
}
