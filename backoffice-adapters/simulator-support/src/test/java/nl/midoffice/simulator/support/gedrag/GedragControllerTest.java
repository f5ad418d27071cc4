package nl.midoffice.simulator.support.gedrag;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The control API {@code /simulator/gedrag}, the same on every simulator. */
@ProefSimulator.Test
class GedragControllerTest {

    @Autowired
    MockMvc mvc;

    @AfterEach
    void normaal() throws Exception {
        zet("{\"modus\":\"NORMAAL\"}").andExpect(status().isOk());
    }

    @Test
    void standaardIsNormaal() throws Exception {
        mvc.perform(get("/simulator/gedrag"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{\"modus\":\"NORMAAL\",\"vertragingMs\":2000,\"foutkans\":0.0}", true));
    }

    @Test
    void putGeeftHetNieuweGedragTerugEnGetLeestHet() throws Exception {
        zet("{\"modus\":\"TRAAG\",\"vertragingMs\":300,\"foutkans\":0.25}")
                .andExpect(status().isOk())
                .andExpect(content().json("{\"modus\":\"TRAAG\",\"vertragingMs\":300,\"foutkans\":0.25}", true));
        mvc.perform(get("/simulator/gedrag"))
                .andExpect(content().json("{\"modus\":\"TRAAG\",\"vertragingMs\":300,\"foutkans\":0.25}", true));
    }

    @Test
    void eenPutZetWeggelatenVeldenTerugOpHunStandaard() throws Exception {
        zet("{\"modus\":\"TRAAG\",\"vertragingMs\":300,\"foutkans\":0.5}").andExpect(status().isOk());

        zet("{\"modus\":\"STORING\"}")
                .andExpect(content().json("{\"modus\":\"STORING\",\"vertragingMs\":2000,\"foutkans\":0.0}", true));
    }

    @Test
    void grenswaardenZijnToegestaan() throws Exception {
        zet("{\"modus\":\"TRAAG\",\"vertragingMs\":3600000,\"foutkans\":1.0}").andExpect(status().isOk());
        zet("{\"modus\":\"TRAAG\",\"vertragingMs\":0,\"foutkans\":0.0}").andExpect(status().isOk());
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
                .andExpect(jsonPath("$.title").value("Ongeldig gedrag"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/simulator/gedrag")).andExpect(jsonPath("$.modus").value("NORMAAL"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{}                                        | modus is verplicht (NORMAAL, STORING of TRAAG)",
            "{\"modus\":\"normaal\"}                   | modus 'normaal' is onbekend; kies NORMAAL, STORING of TRAAG",
            "{\"modus\":\"TRAAG\",\"vertragingMs\":3600001} | vertragingMs moet tussen 0 en 3600000 liggen",
            "{\"modus\":\"NORMAAL\",\"foutkans\":-0.1}  | foutkans moet tussen 0.0 en 1.0 liggen",
            "{\"vertragingMs\":-1,\"foutkans\":2}       | modus is verplicht (NORMAAL, STORING of TRAAG); vertragingMs moet tussen 0 en 3600000 liggen; foutkans moet tussen 0.0 en 1.0 liggen",
            "[1]                                       | De body is geen geldig JSON-object met modus, vertragingMs en foutkans"})
    void deFoutmeldingNoemtWatErMisIs(String body, String detail) throws Exception {
        zet(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(detail));
    }

    private ResultActions zet(String json) throws Exception {
        return mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
