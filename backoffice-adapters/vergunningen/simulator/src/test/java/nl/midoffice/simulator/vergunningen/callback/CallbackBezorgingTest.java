package nl.midoffice.simulator.vergunningen.callback;

import static nl.midoffice.simulator.vergunningen.Aanvragen.SLEUTEL;
import static nl.midoffice.simulator.vergunningen.Aanvragen.geldig;
import static nl.midoffice.simulator.vergunningen.Aanvragen.json;
import static nl.midoffice.simulator.vergunningen.Aanvragen.met;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
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

import nl.midoffice.simulator.vergunningen.CallbackOntvanger;
import nl.midoffice.simulator.vergunningen.SimulatorTest;

/** Delivery of decisions when the receiver is down: retried with backoff, given up, restarted by a clerk. */
@SimulatorTest
class CallbackBezorgingTest {

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
    void eenMislukteCallbackWordtOpnieuwGeprobeerdTotHijLukt() throws Exception {
        ontvanger.antwoordEerst(503, 500);
        String id = dienIn(geldig(ontvanger.url()));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> aanvraag(id)
                .andExpect(jsonPath("$.callback.status").value("AFGELEVERD"))
                .andExpect(jsonPath("$.callback.pogingen").value(3))
                .andExpect(jsonPath("$.callback.afgeleverdOp").isNotEmpty()));
        assertThat(ontvanger.ontvangen()).hasSize(3)
                .allSatisfy(o -> assertThat(JsonPath.<String>read(o.body(), "$.id")).isEqualTo(id))
                .allSatisfy(o -> assertThat(o.header("Authorization")).isEqualTo("Bearer callback-token"));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen[0].callbackAfgeleverd").value(true));
    }

    @Test
    void naDeLaatstePogingIsDeAfleveringMisluktEnKanEenMedewerkerHemOpnieuwStarten() throws Exception {
        ontvanger.antwoordEerst(503, 503, 503, 503);
        String id = dienIn(geldig(ontvanger.url()));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> aanvraag(id)
                .andExpect(jsonPath("$.callback.status").value("MISLUKT"))
                .andExpect(jsonPath("$.callback.pogingen").value(4))
                .andExpect(jsonPath("$.callback.laatsteFout").value("HTTP 503")));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen[0].callbackAfgeleverd").value(false));

        mvc.perform(post("/aanvragen/{id}/callback", id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isSeeOther());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> aanvraag(id)
                .andExpect(jsonPath("$.callback.status").value("AFGELEVERD"))
                .andExpect(jsonPath("$.callback.pogingen").value(5)));
        assertThat(ontvanger.ontvangen()).hasSize(5);
    }

    @Test
    void eenOnbereikbareOntvangerGeeftEenLeesbareFout() throws Exception {
        String id = dienIn(geldig("http://127.0.0.1:" + vrijePoort() + "/callback"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> aanvraag(id)
                .andExpect(jsonPath("$.callback.status").value("MISLUKT"))
                .andExpect(jsonPath("$.callback.laatsteFout").value(org.hamcrest.Matchers.containsString("Connect"))));
    }

    @Test
    void eenBesluitZonderCallbackAuthGaatZonderAuthorizationHeader() throws Exception {
        String id = dienIn(met(geldig(ontvanger.url()), "callbackAuth", nl.midoffice.simulator.vergunningen.Aanvragen.WEG));

        await().atMost(Duration.ofSeconds(5)).until(() -> ontvanger.ontvangen().size() == 1);
        assertThat(ontvanger.ontvangen().get(0).header("Authorization")).isNull();
        assertThat(JsonPath.<String>read(ontvanger.ontvangen().get(0).body(), "$.id")).isEqualTo(id);
    }

    private String dienIn(Map<String, Object> aanvraag) throws Exception {
        String body = mvc.perform(post("/api/v1/aanvragen").header("X-Api-Key", SLEUTEL)
                        .contentType(MediaType.APPLICATION_JSON).content(json(aanvraag)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    private org.springframework.test.web.servlet.ResultActions aanvraag(String id) throws Exception {
        return mvc.perform(get("/api/v1/aanvragen/{id}", id).header("X-Api-Key", SLEUTEL)).andExpect(status().isOk());
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
