package nl.midoffice.simulator.zaken.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
            abonneer(webhook.url(), "Bearer opnieuw");
            Zgw.zaakUrl(mvc, "MOR-1");

            await().atMost(Duration.ofSeconds(10)).until(() -> webhook.ontvangen().size() == 1);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> mvc.perform(get("/simulator/notificaties"))
                    .andExpect(jsonPath("$.notificaties[0].afleveringen[0].toestand").value("AFGELEVERD"))
                    .andExpect(jsonPath("$.notificaties[0].afleveringen[0].pogingen").value(3)));
            assertThat(webhook.ontvangen().get(0).authorization()).isEqualTo("Bearer opnieuw");
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
    void abonnementenBeherenViaDeNotificatiesApi() throws Exception {
        String callback = "http://127.0.0.1:9/notificaties";
        String eerste = abonneer(callback, "Bearer geheim");
        // as in a Notificaties API, another create is another abonnement, also for the same callback URL
        String tweede = JsonPath.read(mvc.perform(Zgw.abonneer(Zgw.abonnement(callback, "Bearer nog-een", "{}")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                "$.url");
        assertThat(tweede).isNotEqualTo(eerste);
        String lijst = mvc.perform(Zgw.lees(Zgw.ABONNEMENTEN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].url").value(eerste))
                .andExpect(jsonPath("$[0].kanalen[0].naam").value("zaken"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(lijst).as("auth is write-only").doesNotContain("geheim").doesNotContain("nog-een");

        String pad = eerste.substring(Zgw.BASIS.length());
        mvc.perform(put(pad).header("Authorization", "Bearer " + Zgw.demoToken()).contentType(MediaType.APPLICATION_JSON)
                        .content(Zgw.abonnement(callback, "Bearer nieuw", "{\"bronorganisatie\": \"" + Zgw.RSIN + "\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value(eerste))
                .andExpect(jsonPath("$.kanalen[0].filters.bronorganisatie").value(Zgw.RSIN));
        mvc.perform(Zgw.lees(pad)).andExpect(status().isOk())
                .andExpect(jsonPath("$.kanalen[0].filters.bronorganisatie").value(Zgw.RSIN));
        mvc.perform(delete(pad).header("Authorization", "Bearer " + Zgw.demoToken())).andExpect(status().isNoContent());
        mvc.perform(Zgw.lees(pad)).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not_found"));
        mvc.perform(delete(pad).header("Authorization", "Bearer " + Zgw.demoToken())).andExpect(status().isNotFound());
        mvc.perform(Zgw.lees(Zgw.ABONNEMENTEN)).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void ongeldigAbonnementGeeftEenValidatieFout() throws Exception {
        mvc.perform(Zgw.abonneer("{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'callbackUrl')].code").value("required"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'auth')].code").value("required"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'kanalen')].code").value("required"));
        mvc.perform(Zgw.abonneer(Zgw.abonnement("ftp://x", "Bearer x", "{}"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("callbackUrl"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("invalid"));
        mvc.perform(Zgw.abonneer(Zgw.abonnement("http://localhost:9/x", "Bearer x", "{}").replace("\"zaken\"", "\"besluiten\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("naam"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("kanaal_naam"));
        mvc.perform(Zgw.abonneer(Zgw.abonnement("http://localhost:9/x", "Bearer x", "{\"bsn\": \"999993653\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("filters"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("inconsistent-abonnement-filters"));
        mvc.perform(post(Zgw.ABONNEMENTEN).header("Authorization", "Bearer " + Zgw.demoToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{niet json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("parse_error"));
        mvc.perform(Zgw.lees(Zgw.ABONNEMENTEN)).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void abonnerenVraagtEenTokenMetDeScopeNotificatiesConsumeren() throws Exception {
        String json = Zgw.abonnement("http://localhost:9/x", "Bearer x", "{}");
        mvc.perform(post(Zgw.ABONNEMENTEN).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("not_authenticated"));
        String alleenLezen = "Bearer " + Zgw.token("alleenlezen", Zgw.ALLEEN_LEZEN_SECRET, Instant.now());
        mvc.perform(post(Zgw.ABONNEMENTEN).header("Authorization", alleenLezen)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("permission_denied"));
        mvc.perform(get(Zgw.ABONNEMENTEN).header("Authorization", alleenLezen))
                .andExpect(status().isForbidden());
        mvc.perform(Zgw.lees(Zgw.ABONNEMENTEN)).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void alleenAbonnementenWaarvanDeFiltersPassenKrijgenDeNotificatie() throws Exception {
        try (Webhook ander = Webhook.altijdGoed(); Webhook eigen = Webhook.altijdGoed()) {
            abonneer(ander.url(), "Bearer a", "{\"bronorganisatie\": \"" + Zgw.ANDERE_RSIN + "\"}");
            abonneer(eigen.url(), "Bearer b", "{\"bronorganisatie\": \"" + Zgw.RSIN + "\", \"zaaktype\": \"*\"}");

            Zgw.zaakUrl(mvc, "MOR-1");

            await().atMost(Duration.ofSeconds(10)).until(() -> eigen.ontvangen().size() == 1);
            mvc.perform(get("/simulator/notificaties"))
                    .andExpect(jsonPath("$.notificaties[0].afleveringen.length()").value(1))
                    .andExpect(jsonPath("$.notificaties[0].afleveringen[0].callbackUrl").value(eigen.url()));
            assertThat(ander.ontvangen()).isEmpty();
        }
    }

    private String abonneer(String url, String auth) throws Exception {
        return abonneer(url, auth, "{}");
    }

    private String abonneer(String url, String auth, String filters) throws Exception {
        String json = mvc.perform(Zgw.abonneer(Zgw.abonnement(url, auth, filters)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(Zgw.BASIS + Zgw.ABONNEMENTEN + "/")))
                .andExpect(header().string("API-version", "1.0.0"))
                .andExpect(jsonPath("$.callbackUrl").value(url))
                .andExpect(jsonPath("$.auth").doesNotExist())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.url");
    }
}
