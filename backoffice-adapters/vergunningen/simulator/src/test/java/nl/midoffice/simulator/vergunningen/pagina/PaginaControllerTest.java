package nl.midoffice.simulator.vergunningen.pagina;

import static nl.midoffice.simulator.vergunningen.Aanvragen.SLEUTEL;
import static nl.midoffice.simulator.vergunningen.Aanvragen.geldig;
import static nl.midoffice.simulator.vergunningen.Aanvragen.json;
import static nl.midoffice.simulator.vergunningen.Aanvragen.met;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.midoffice.simulator.vergunningen.Aanvragen;
import nl.midoffice.simulator.vergunningen.CallbackOntvanger;
import nl.midoffice.simulator.vergunningen.SimulatorTest;

// a long beslistermijn keeps the application open, so the clerk gets to decide first
@SimulatorTest
@org.springframework.test.context.TestPropertySource(properties = "simulator.beslistermijn=10m")
class PaginaControllerTest {

    @Autowired
    MockMvc mvc;

    CallbackOntvanger ontvanger;

    @BeforeEach
    void start() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
        ontvanger = CallbackOntvanger.start();
    }

    @AfterEach
    void stop() {
        ontvanger.close();
    }

    @Test
    void eenSleutelInDeCallbackUrlStaatNietOpDePagina() throws Exception {
        dienIn(met(geldig(ontvanger.url() + "?aanvraagId=a-1&token=geheim-token-van-de-aanvraag"), "kenteken",
                "ab123c"));

        String html = mvc.perform(get("/")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("?aanvraagId=a-1&amp;token=***").doesNotContain("geheim-token-van-de-aanvraag");
    }

    @Test
    void paginaToontDeAanvraagInHetNederlandsZonderBsnOfCallbackSleutel() throws Exception {
        dienIn(met(geldig(ontvanger.url()), "kenteken", "ab123c"));

        String html = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html)
                .contains("<html lang=\"nl\"")
                .contains("Vergunningen (simulator) — parkeervergunningen")
                .contains("/css/vergunningen.css")
                .contains("AB-123-C")
                .contains("*****3653")
                .contains("In behandeling")
                .contains("ZZ-999-Z")
                .contains("name=\"_csrf\"")
                .doesNotContain(Aanvragen.BSN)
                .doesNotContain("callback-token")
                .doesNotContain("<script")
                .doesNotContain("style=");
    }

    @Test
    void eenMedewerkerBesluitVoordatDeRegelsDatDoenEnHetBesluitWordtAfgeleverd() throws Exception {
        String id = dienIn(geldig(ontvanger.url()));

        mvc.perform(post("/aanvragen/{id}/besluit", id).with(csrf())
                        .param("uitkomst", "AFGEWEZEN").param("reden", "Geen vergunningsgebied"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attributeExists("melding"));

        await().atMost(Duration.ofSeconds(5)).until(() -> ontvanger.ontvangen().size() == 1);
        Map<String, Object> bericht = Aanvragen.bericht(ontvanger.ontvangen().get(0).body());
        assertThat(bericht).containsEntry("besluit", "AFGEWEZEN").containsEntry("reden", "Geen vergunningsgebied");
        mvc.perform(get("/api/v1/aanvragen/{id}", id).header("X-Api-Key", SLEUTEL))
                .andExpect(jsonPath("$.besluit.handmatig").value(true));

        mvc.perform(post("/aanvragen/{id}/besluit", id).with(csrf()).param("uitkomst", "VERLEEND"))
                .andExpect(status().isSeeOther())
                .andExpect(flash().attribute("fout", org.hamcrest.Matchers.containsString("al besloten")));
    }

    @Test
    void afwijzenZonderRedenWordtGeweigerd() throws Exception {
        String id = dienIn(geldig(ontvanger.url()));

        mvc.perform(post("/aanvragen/{id}/besluit", id).with(csrf()).param("uitkomst", "AFGEWEZEN").param("reden", " "))
                .andExpect(status().isSeeOther())
                .andExpect(flash().attribute("fout", org.hamcrest.Matchers.containsString("reden")));
        mvc.perform(get("/api/v1/aanvragen/{id}", id).header("X-Api-Key", SLEUTEL))
                .andExpect(jsonPath("$.status").value("IN_BEHANDELING"))
                .andExpect(jsonPath("$.besluit").doesNotExist())
                .andExpect(jsonPath("$.callback.status").value("WACHT_OP_BESLUIT"))
                .andExpect(jsonPath("$.callback.pogingen").value(0));
    }

    @Test
    void zonderCsrfTokenWordtGeweigerd() throws Exception {
        String id = dienIn(geldig(ontvanger.url()));

        mvc.perform(post("/aanvragen/{id}/besluit", id).param("uitkomst", "VERLEEND"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/aanvragen/{id}", id).header("X-Api-Key", SLEUTEL))
                .andExpect(jsonPath("$.status").value("IN_BEHANDELING"));
    }

    private String dienIn(Map<String, Object> aanvraag) throws Exception {
        String body = mvc.perform(post("/api/v1/aanvragen").header("X-Api-Key", SLEUTEL)
                        .contentType(MediaType.APPLICATION_JSON).content(json(aanvraag)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }
}
