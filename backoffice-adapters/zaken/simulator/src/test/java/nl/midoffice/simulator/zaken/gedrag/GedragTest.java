package nl.midoffice.simulator.zaken.gedrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.midoffice.simulator.zaken.SimulatorTest;
import nl.midoffice.simulator.zaken.Zgw;

@SimulatorTest
class GedragTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void schoon() throws Exception {
        Zgw.herstel(mvc);
    }

    @AfterEach
    void normaal() throws Exception {
        zet("{\"modus\":\"NORMAAL\"}").andExpect(status().isOk());
    }

    @Test
    void standaardIsNormaal() throws Exception {
        mvc.perform(get("/simulator/gedrag"))
                .andExpect(jsonPath("$.modus").value("NORMAAL"))
                .andExpect(jsonPath("$.vertragingMs").value(2000))
                .andExpect(jsonPath("$.foutkans").value(0.0));
    }

    @Test
    void storingGeeft503OpDeApisTerwijlControleApiEnPaginaBlijvenWerken() throws Exception {
        zet("{\"modus\":\"STORING\"}").andExpect(jsonPath("$.modus").value("STORING"));

        mvc.perform(Zgw.maakZaak(Zgw.zaak("MOR-1", Zgw.ZAAKTYPE_MELDING)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503));
        // an outage answers before authentication, as a load balancer in front of a dead ZRC would
        mvc.perform(get("/zaken/api/v1/zaken")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/catalogi/api/v1/zaaktypen")).andExpect(status().isServiceUnavailable());

        mvc.perform(get("/simulator/ontvangen")).andExpect(status().isOk())
                .andExpect(jsonPath("$.ontvangen.length()").value(0));
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void foutkansEenGeeftAltijd500EnSlaatNietsOp() throws Exception {
        zet("{\"modus\":\"NORMAAL\",\"foutkans\":1.0}").andExpect(jsonPath("$.foutkans").value(1.0));

        mvc.perform(Zgw.maakZaak(Zgw.zaak("MOR-1", Zgw.ZAAKTYPE_MELDING)))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("error"));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }

    @Test
    void traagVertraagtDeVerwerking() throws Exception {
        zet("{\"modus\":\"TRAAG\",\"vertragingMs\":300}").andExpect(jsonPath("$.vertragingMs").value(300));

        long start = System.nanoTime();
        mvc.perform(Zgw.maakZaak(Zgw.zaak("MOR-1", Zgw.ZAAKTYPE_MELDING))).andExpect(status().isCreated());
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"modus\":\"KAPOT\"}",
            "{\"modus\":\"TRAAG\",\"vertragingMs\":-1}",
            "{\"modus\":\"NORMAAL\",\"foutkans\":1.5}",
            "{\"modus\":\"NORMAAL\",\"foutkans\":\"veel\"}",
            "geen json"})
    void ongeldigGedragGeeft400ProblemJson(String body) throws Exception {
        zet(body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/simulator/gedrag")).andExpect(jsonPath("$.modus").value("NORMAAL"));
    }

    private ResultActions zet(String json) throws Exception {
        return mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
