package nl.midoffice.simulator.zaken.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.midoffice.simulator.zaken.SimulatorTest;
import nl.midoffice.simulator.zaken.Zgw;

@SimulatorTest
class NotificatieTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void schoon() throws Exception {
        Zgw.herstel(mvc);
    }

    @Test
    void abonneeKrijgtZaakStatusEnRolNotificatiesInZgwVorm() throws Exception {
        try (Webhook webhook = Webhook.altijdGoed()) {
            abonneer(webhook.url(), "Bearer geheim-van-de-abonnee");

            String zaakUrl = Zgw.zaakUrl(mvc, "MOR-1");
            mvc.perform(Zgw.maak("/zaken/api/v1/statussen", Zgw.statusBody(zaakUrl, Zgw.ONTVANGEN, "2026-03-02T10:00:00Z")))
                    .andExpect(status().isCreated());
            mvc.perform(Zgw.maak("/zaken/api/v1/rollen", Zgw.initiator(zaakUrl, Zgw.BSN)))
                    .andExpect(status().isCreated());

            await().atMost(Duration.ofSeconds(10)).until(() -> webhook.ontvangen().size() == 3);
            List<String> resources = webhook.ontvangen().stream()
                    .map(o -> (String) JsonPath.read(o.body(), "$.resource")).toList();
            assertThat(resources).containsExactlyInAnyOrder("zaak", "status", "rol");

            String zaak = webhook.ontvangen().stream().map(Webhook.Ontvangen::body)
                    .filter(b -> "zaak".equals(JsonPath.read(b, "$.resource"))).findFirst().orElseThrow();
            assertThat((String) JsonPath.read(zaak, "$.kanaal")).isEqualTo("zaken");
            assertThat((String) JsonPath.read(zaak, "$.hoofdObject")).isEqualTo(zaakUrl);
            assertThat((String) JsonPath.read(zaak, "$.resourceUrl")).isEqualTo(zaakUrl);
            assertThat((String) JsonPath.read(zaak, "$.actie")).isEqualTo("create");
            assertThat((String) JsonPath.read(zaak, "$.aanmaakdatum")).endsWith("Z");
            assertThat((String) JsonPath.read(zaak, "$.kenmerken.bronorganisatie")).isEqualTo(Zgw.RSIN);
            assertThat((String) JsonPath.read(zaak, "$.kenmerken.zaaktype")).isEqualTo(Zgw.ZAAKTYPE_MELDING);
            assertThat((String) JsonPath.read(zaak, "$.kenmerken.vertrouwelijkheidaanduiding")).isEqualTo("openbaar");
            assertThat(webhook.ontvangen()).allSatisfy(o -> assertThat(o.authorization()).isEqualTo("Bearer geheim-van-de-abonnee"));

            String status = webhook.ontvangen().stream().map(Webhook.Ontvangen::body)
                    .filter(b -> "status".equals(JsonPath.read(b, "$.resource"))).findFirst().orElseThrow();
            assertThat((String) JsonPath.read(status, "$.hoofdObject")).isEqualTo(zaakUrl);
            assertThat((String) JsonPath.read(status, "$.resourceUrl")).startsWith("http://localhost/zaken/api/v1/statussen/");
            assertThat(webhook.ontvangen()).noneSatisfy(o -> assertThat(o.body()).contains(Zgw.BSN));
        }
    }

    @Test
    void mislukteAfleveringWordtOpnieuwGeprobeerd() throws Exception {
        try (Webhook webhook = new Webhook(2, 503)) {
            abonneer(webhook.url(), null);
            Zgw.zaakUrl(mvc, "MOR-1");

            await().atMost(Duration.ofSeconds(10)).until(() -> webhook.ontvangen().size() == 1);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> mvc.perform(get("/simulator/notificaties"))
                    .andExpect(jsonPath("$.notificaties[0].afleveringen[0].toestand").value("AFGELEVERD"))
                    .andExpect(jsonPath("$.notificaties[0].afleveringen[0].pogingen").value(3)));
            assertThat(webhook.ontvangen().get(0).authorization()).isNull();
        }
    }

    @Test
    void afleveringDieBlijftMislukkenIsZichtbaarOpDePagina() throws Exception {
        try (Webhook webhook = new Webhook(Integer.MAX_VALUE, 500)) {
            abonneer(webhook.url(), "Bearer x");
            Zgw.zaakUrl(mvc, "MOR-1");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/simulator/notificaties"))
                    .andExpect(jsonPath("$.notificaties[0].afleveringen[0].toestand").value("MISLUKT"))
                    .andExpect(jsonPath("$.notificaties[0].afleveringen[0].pogingen").value(4))
                    .andExpect(jsonPath("$.notificaties[0].afleveringen[0].laatsteFout").value("HTTP 500")));
            String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("Mislukt").contains("HTTP 500").contains(webhook.url());
        }
    }

    @Test
    void abonnementenBeheren() throws Exception {
        abonneer("http://127.0.0.1:9/notificaties", "Bearer geheim");
        mvc.perform(post("/simulator/abonnementen").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"callbackUrl\":\"http://127.0.0.1:9/notificaties\",\"auth\":\"Bearer nieuw\"}"))
                .andExpect(status().isOk());
        String json = mvc.perform(get("/simulator/abonnementen")).andExpect(status().isOk())
                .andExpect(jsonPath("$.abonnementen.length()").value(1))
                .andExpect(jsonPath("$.abonnementen[0].kanaal").value("zaken"))
                .andExpect(jsonPath("$.abonnementen[0].metAuth").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("geheim").doesNotContain("nieuw");
        mvc.perform(post("/simulator/abonnementen").contentType(MediaType.APPLICATION_JSON).content("{\"callbackUrl\":\"ftp://x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(delete("/simulator/abonnementen"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/simulator/abonnementen")).andExpect(jsonPath("$.abonnementen.length()").value(0));
    }

    private void abonneer(String url, String auth) throws Exception {
        String json = auth == null ? "{\"callbackUrl\":\"" + url + "\"}"
                : "{\"callbackUrl\":\"" + url + "\",\"auth\":\"" + auth + "\"}";
        mvc.perform(post("/simulator/abonnementen").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.callbackUrl").value(url));
    }
}
