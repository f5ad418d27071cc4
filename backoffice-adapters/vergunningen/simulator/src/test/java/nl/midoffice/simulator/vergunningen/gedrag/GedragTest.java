package nl.midoffice.simulator.vergunningen.gedrag;

import static nl.midoffice.simulator.vergunningen.Aanvragen.SLEUTEL;
import static nl.midoffice.simulator.vergunningen.Aanvragen.geldig;
import static nl.midoffice.simulator.vergunningen.Aanvragen.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.midoffice.simulator.vergunningen.SimulatorTest;

@SimulatorTest
class GedragTest {

    static final String CALLBACK = "http://127.0.0.1:9/callback";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void leeg() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
    }

    @AfterEach
    void normaal() throws Exception {
        zet("{\"modus\":\"NORMAAL\"}").andExpect(status().isOk());
    }

    @Test
    void storingGeeft503EnSlaatNietsOpTerwijlControleApiEnPaginaBlijvenWerken() throws Exception {
        zet("{\"modus\":\"STORING\"}").andExpect(jsonPath("$.modus").value("STORING"));

        dienIn().andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.title").value("Dienst niet beschikbaar"))
                .andExpect(jsonPath("$.instance").value("/api/v1/aanvragen"));
        mvc.perform(get("/api/v1/aanvragen/{id}", "x").header("X-Api-Key", SLEUTEL))
                .andExpect(status().isServiceUnavailable());
        // a service that is down cannot check keys either: 503 before the API key's 401
        mvc.perform(get("/api/v1/aanvragen/{id}", "x")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/simulator/ontvangen")).andExpect(status().isOk())
                .andExpect(jsonPath("$.ontvangen.length()").value(0));
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());

        zet("{\"modus\":\"NORMAAL\"}");
        dienIn().andExpect(status().isAccepted());
    }

    @Test
    void foutkansEenGeeftAltijdEen500EnSlaatNietsOp() throws Exception {
        zet("{\"modus\":\"NORMAAL\",\"foutkans\":1.0}").andExpect(jsonPath("$.foutkans").value(1.0));

        dienIn().andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }

    @Test
    void traagVertraagtDeVerwerking() throws Exception {
        zet("{\"modus\":\"TRAAG\",\"vertragingMs\":300}").andExpect(jsonPath("$.vertragingMs").value(300));

        long start = System.nanoTime();
        dienIn().andExpect(status().isAccepted());
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    private ResultActions dienIn() throws Exception {
        return mvc.perform(post("/api/v1/aanvragen").header("X-Api-Key", SLEUTEL)
                .contentType(MediaType.APPLICATION_JSON).content(json(geldig(CALLBACK))));
    }

    private ResultActions zet(String json) throws Exception {
        return mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
