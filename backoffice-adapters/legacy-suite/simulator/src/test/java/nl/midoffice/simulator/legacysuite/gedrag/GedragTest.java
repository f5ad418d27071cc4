package nl.midoffice.simulator.legacysuite.gedrag;

import static nl.midoffice.simulator.legacysuite.Berichten.STUF;
import static nl.midoffice.simulator.legacysuite.Berichten.tekst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.midoffice.simulator.legacysuite.Berichten;

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
    void storingGeeft503EnSlaatNietsOpTerwijlControleApiEnWerkbakBlijvenWerken() throws Exception {
        zet("{\"modus\":\"STORING\"}").andExpect(jsonPath("$.modus").value("STORING"));

        String xml = mvc.perform(post("/zds/OntvangAsynchroon").contentType("text/xml").content(Berichten.creeerZaak()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tekst(xml, null, "faultcode")).isEqualTo("soap:Server");
        assertThat(tekst(xml, STUF, "plek")).isEqualTo("server");
        mvc.perform(post("/zds/BeantwoordVraag").contentType("text/xml").content(Berichten.geefZaakstatus("X")))
                .andExpect(status().isServiceUnavailable());
        mvc.perform(get("/simulator/ontvangen")).andExpect(status().isOk())
                .andExpect(jsonPath("$.ontvangen.length()").value(0));
        mvc.perform(get("/werkbak")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void foutkansEenGeeftAltijdEenTechnischeFo03EnSlaatNietsOp() throws Exception {
        zet("{\"modus\":\"NORMAAL\",\"foutkans\":1.0}").andExpect(jsonPath("$.foutkans").value(1.0));

        String xml = mvc.perform(post("/zds/OntvangAsynchroon").contentType("text/xml").content(Berichten.creeerZaak()))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(tekst(xml, null, "faultcode")).isEqualTo("soap:Server");
        assertThat(tekst(xml, STUF, "plek")).isEqualTo("server");
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }

    @Test
    void traagVertraagtDeVerwerking() throws Exception {
        zet("{\"modus\":\"TRAAG\",\"vertragingMs\":300}").andExpect(jsonPath("$.vertragingMs").value(300));

        long start = System.nanoTime();
        mvc.perform(post("/zds/OntvangAsynchroon").contentType("text/xml").content(Berichten.creeerZaak()))
                .andExpect(status().isOk());
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    private org.springframework.test.web.servlet.ResultActions zet(String json) throws Exception {
        return mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
