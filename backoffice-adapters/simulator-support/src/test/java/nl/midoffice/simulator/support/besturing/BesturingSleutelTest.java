package nl.midoffice.simulator.support.besturing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** With a key configured, the control API takes only callers who send it; the rest of a simulator is untouched. */
@SpringBootTest(classes = BesturingSleutelTest.Simulator.class, properties = "simulator.besturing.sleutel=proef-sleutel")
@AutoConfigureMockMvc
class BesturingSleutelTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration(excludeName = "nl.midoffice.simulator.support.gedrag.GedragAutoConfiguration")
    @org.springframework.context.annotation.Import(Simulator.Eindpunten.class)
    static class Simulator {

        @RestController
        static class Eindpunten {
            @GetMapping("/simulator/ontvangen")
            String ontvangen() {
                return "{\"ontvangen\":[]}";
            }

            @GetMapping("/proto/vraag")
            String vraag() {
                return "antwoord";
            }
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void withoutTheKeyTheControlApiAnswers401AsProblem() throws Exception {
        mvc.perform(get("/simulator/ontvangen"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-Simulator-Sleutel")));
        mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content("{\"modus\":\"STORING\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongKeyIsRefusedAlike() throws Exception {
        for (String verkeerd : new String[] {"proef-sleute", "proef-sleutel ", "PROEF-SLEUTEL", ""}) {
            mvc.perform(get("/simulator/ontvangen").header("X-Simulator-Sleutel", verkeerd))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void theRightKeyOpensIt() throws Exception {
        mvc.perform(get("/simulator/ontvangen").header("X-Simulator-Sleutel", "proef-sleutel"))
                .andExpect(status().isOk()).andExpect(content().string("{\"ontvangen\":[]}"));
    }

    @Test
    void theProtocolEndpointsNeedNoControlKey() throws Exception {
        mvc.perform(get("/proto/vraag")).andExpect(status().isOk()).andExpect(header().doesNotExist("WWW-Authenticate"));
    }
}
