package nl.midoffice.simulator.brp.personen;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.simulator.support.gedrag.StoringAntwoord;

/**
 * A simulated outage or technical error on the BRP API (see {@code simulator.gedrag.paden}) answers as the
 * BRP API does: a {@link Foutbericht} as problem+json. It comes before anything is read or recorded, so it
 * leaves no trace in {@code /simulator/ontvangen}.
 */
@Component
class BrpStoringAntwoord implements StoringAntwoord {

    private final JsonMapper json;

    BrpStoringAntwoord(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void storing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        schrijf(response, Foutbericht.nietBeschikbaar());
    }

    @Override
    public void fout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        schrijf(response, Foutbericht.interneFout());
    }

    private void schrijf(HttpServletResponse response, Foutbericht fout) throws IOException {
        response.setStatus(fout.status());
        response.setContentType(PersonenController.PROBLEM_JSON.toString());
        response.getOutputStream().write(json.writeValueAsBytes(fout));
    }
}
