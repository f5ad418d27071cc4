package nl.midoffice.simulator.legacysuite.zds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.support.gedrag.StoringAntwoord;

/**
 * A simulated outage or technical error on /zds/** (see {@code simulator.gedrag.paden}) answers as the
 * suite would: a StUF Fo03 with a SOAP server fault.
 */
@Component
class ZdsStoringAntwoord implements StoringAntwoord {

    private final StufBerichten berichten;

    ZdsStoringAntwoord(StufBerichten berichten) {
        this.berichten = berichten;
    }

    @Override
    public void storing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        schrijf(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                StufFout.server("Zaaksysteem niet beschikbaar", "Storing (gesimuleerd)"));
    }

    @Override
    public void fout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        schrijf(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                StufFout.server("Technische fout in het zaaksysteem", "Fout (gesimuleerd, foutkans)"));
    }

    private void schrijf(HttpServletResponse response, int status, StufFout fout) throws IOException {
        response.setStatus(status);
        response.setContentType(ZdsController.TEXT_XML.toString());
        response.getOutputStream().write(berichten.fo03(fout, Stuurgegevens.ONBEKEND).getBytes(StandardCharsets.UTF_8));
    }
}
