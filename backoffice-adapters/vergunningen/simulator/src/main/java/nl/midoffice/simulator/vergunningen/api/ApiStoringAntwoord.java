package nl.midoffice.simulator.vergunningen.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.simulator.support.gedrag.StoringAntwoord;

/**
 * A simulated outage or technical error on /api/** (see {@code simulator.gedrag.paden}) answers with a
 * problem+json, before the API key is checked or anything is stored.
 */
@Component
class ApiStoringAntwoord implements StoringAntwoord {

    private final JsonMapper json;

    ApiStoringAntwoord(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void storing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FilterProbleem.schrijf(json, request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "Dienst niet beschikbaar", "De vergunningendienst is tijdelijk niet beschikbaar (gesimuleerde storing).");
    }

    @Override
    public void fout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FilterProbleem.schrijf(json, request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                "Technische fout", "Er ging iets mis in de vergunningendienst (gesimuleerd, foutkans).");
    }
}
