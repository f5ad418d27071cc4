package nl.midoffice.simulator.support.gedrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The failure mode on the protocol endpoints, answered by the simulator's {@link StoringAntwoord}. */
@ProefSimulator.Test
class GedragFilterTest {

    @Autowired
    MockMvc mvc;

    @AfterEach
    void normaal() throws Exception {
        zet("{\"modus\":\"NORMAAL\"}").andExpect(status().isOk());
    }

    @Test
    void normaalLaatDeVraagDoorMetDeCorrelationIdInDeMdc() throws Exception {
        mvc.perform(get("/proto/vraag").header("X-Correlation-ID", "c-1"))
                .andExpect(status().isOk())
                .andExpect(content().string("antwoord c-1"));
        mvc.perform(get("/proto/vraag")).andExpect(content().string("antwoord null"));
    }

    @Test
    void storingGeeftHetStoringsantwoordOpElkProtocolpadTerwijlDeRestBlijftWerken() throws Exception {
        zet("{\"modus\":\"STORING\"}").andExpect(jsonPath("$.modus").value("STORING"));

        mvc.perform(get("/proto/vraag"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string("storing /proto/vraag"));
        mvc.perform(get("/ander/vraag")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/pagina")).andExpect(status().isOk()).andExpect(content().string("pagina"));
        mvc.perform(get("/simulator/gedrag")).andExpect(status().isOk()).andExpect(jsonPath("$.modus").value("STORING"));
    }

    @Test
    void foutkansEenGeeftAltijdHetFoutantwoord() throws Exception {
        zet("{\"modus\":\"NORMAAL\",\"foutkans\":1.0}").andExpect(status().isOk());

        mvc.perform(get("/proto/vraag"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string("fout /proto/vraag"));
        mvc.perform(get("/pagina")).andExpect(status().isOk());
    }

    @Test
    void traagVertraagtAlleenDeProtocolpaden() throws Exception {
        zet("{\"modus\":\"TRAAG\",\"vertragingMs\":300}").andExpect(status().isOk());

        long start = System.nanoTime();
        mvc.perform(get("/proto/vraag")).andExpect(status().isOk());
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);

        start = System.nanoTime();
        mvc.perform(get("/pagina")).andExpect(status().isOk());
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(300);
    }

    private ResultActions zet(String json) throws Exception {
        return mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
