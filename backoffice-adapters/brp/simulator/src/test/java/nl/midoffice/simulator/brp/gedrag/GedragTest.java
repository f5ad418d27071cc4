package nl.midoffice.simulator.brp.gedrag;

import static nl.midoffice.simulator.brp.Bevragen.personen;
import static nl.midoffice.simulator.brp.Bevragen.raadpleeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
class GedragTest {

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
    void storingGeeft503ProblemJsonEnRegistreertNietsTerwijlBeheerEnPaginaBlijvenWerken() throws Exception {
        zet("{\"modus\":\"STORING\"}").andExpect(jsonPath("$.modus").value("STORING"));

        mvc.perform(personen(raadpleeg("999993653", "naam")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.code").value("notAvailable"))
                .andExpect(jsonPath("$.title").value("Bronservice BRP is tijdelijk niet beschikbaar."));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
        mvc.perform(get("/simulator/personen")).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void foutkansEenGeeftAltijd500EnRegistreertNiets() throws Exception {
        zet("{\"modus\":\"NORMAAL\",\"foutkans\":1.0}").andExpect(jsonPath("$.foutkans").value(1.0));

        mvc.perform(personen(raadpleeg("999993653", "naam")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("serverError"));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }

    @Test
    void traagVertraagtDeBevraging() throws Exception {
        zet("{\"modus\":\"TRAAG\",\"vertragingMs\":250}").andExpect(jsonPath("$.vertragingMs").value(250));

        long start = System.nanoTime();
        mvc.perform(personen(raadpleeg("999993653", "naam"))).andExpect(status().isOk());
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(250);
    }

    private ResultActions zet(String json) throws Exception {
        return mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
