package nl.midoffice.portal.aanvragen;

import java.time.Duration;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import nl.midoffice.portal.FakeMidoffice;
import nl.midoffice.portal.MvcTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LiveStatusControllerTest extends MvcTestSupport {

    private static final String ID = "6f1c2a4e-8d1b-4a43-9e51-3b0c2f7d9a10";
    private static final String STROOM = "/api/v1/aanvragen/gebeurtenissen";
    private static final Duration WACHTTIJD = Duration.ofSeconds(10);
    private static final String CLOUD_EVENT = """
            {"specversion":"1.0","id":"9b2e7c1a-4f3d-4e8a-b6c5-0d1e2f3a4b5c",\
            "source":"urn:nld:oin:00000001234567890000:systeem:midoffice",\
            "type":"nl.midoffice.aanvraag.status-gewijzigd","subject":"%s","time":"2026-11-28T09:16:02Z",\
            "datacontenttype":"application/json","data":{"aanvraagId":"%s","referentie":"MO-2026-000042",\
            "product":"melding-openbare-ruimte","gemeente":"9001","status":"AFGEWEZEN","vorigeStatus":"GEREGISTREERD",\
            "toelichting":"Particulier terrein.","tijdstip":"2026-11-28T09:16:00Z"}}""".formatted(ID, ID);

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_citizens_status_changes_are_relayed_live_in_dutch() throws Exception {
        FakeMidoffice.Stroom stroom = MIDOFFICE.stroom(STROOM);

        MvcResult result = mvc.perform(get("/mijn-aanvragen/gebeurtenissen").with(alsBurger(BSN))
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn();
        await().atMost(WACHTTIJD).until(stroom::isVerbonden);
        stroom.stuur(":hartslag\n\n");
        stroom.stuur("event:status-gewijzigd\nid:9b2e7c1a-4f3d-4e8a-b6c5-0d1e2f3a4b5c\ndata:" + CLOUD_EVENT + "\n\n");

        await().atMost(WACHTTIJD).until(() -> result.getResponse().getContentAsString().contains("event:status-gewijzigd"));
        String sse = result.getResponse().getContentAsString();
        assertThat(sse).contains(":verbonden", "retry:10000", ":hartslag",
                "id:9b2e7c1a-4f3d-4e8a-b6c5-0d1e2f3a4b5c").doesNotContain(BSN);
        assertThat(sse.indexOf("event:live-verbonden")).as("connected is said once the mid-office answered")
                .isPositive().isLessThan(sse.indexOf(":hartslag"));
        String data = sse.substring(sse.indexOf("event:status-gewijzigd")).lines()
                .filter(regel -> regel.startsWith("data:")).findFirst().orElseThrow().substring(5);
        JsonNode status = json.readTree(data);
        assertThat(status.path("aanvraagId").asString()).isEqualTo(ID);
        assertThat(status.path("referentie").asString()).isEqualTo("MO-2026-000042");
        assertThat(status.path("status").asString()).isEqualTo("AFGEWEZEN");
        assertThat(status.path("statusLabel").asString()).isEqualTo("Afgewezen");
        assertThat(status.path("statusUitleg").asString())
                .isEqualTo("Uw aanvraag is afgewezen. Reden: Particulier terrein.");
        assertThat(status.path("tijdstipTekst").asString()).isEqualTo("28 november 2026 om 10:16");

        FakeMidoffice.Verzoek verzoek = MIDOFFICE.enigVerzoek();
        assertThat(verzoek.path()).isEqualTo(STROOM);
        assertThat(verzoek.header("Accept")).isEqualTo("text/event-stream");
        SignedJWT token = SignedJWT.parse(verzoek.header("Authorization").substring("Bearer ".length()));
        assertThat(token.getJWTClaimsSet().getStringClaim("bsn")).isEqualTo(BSN);

        stroom.sluit();
        await("the browser's stream ends with the mid-office's").atMost(WACHTTIJD).until(() -> isKlaar(result));
    }

    @Test
    void when_the_midoffice_is_unavailable_the_stream_just_ends_and_the_browser_retries_later() throws Exception {
        MIDOFFICE.antwoord("GET", STROOM, 503, "{\"status\":503}");

        MvcResult result = mvc.perform(get("/mijn-aanvragen/gebeurtenissen").with(alsBurger(BSN))
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andReturn();

        await().atMost(WACHTTIJD).until(() -> isKlaar(result));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("retry:10000").doesNotContain("event:");
    }

    @Test
    void the_stream_needs_a_login_and_answers_401_rather_than_a_login_page() throws Exception {
        MvcResult result = mvc.perform(get("/mijn-aanvragen/gebeurtenissen").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isUnauthorized())
                .andReturn();

        assertThat(result.getResponse().getHeader("Location")).isNull();
        assertThat(MIDOFFICE.verzoeken()).isEmpty();
        var sessie = result.getRequest().getSession(false);
        assertThat(sessie == null ? null : sessie.getAttribute("SPRING_SECURITY_SAVED_REQUEST"))
                .as("after logging in, the citizen must not land on the raw stream").isNull();
    }

    @Test
    void both_pages_carry_the_live_region_and_the_script() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen", 200, """
                {"aanvragen":[{"id":"%s","referentie":"MO-2026-000042","product":"melding-openbare-ruimte",
                               "gemeente":"9001","status":"GEREGISTREERD","ontvangenOp":"2026-11-28T09:15:00Z"}]}
                """.formatted(ID));
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen/" + ID, 200, """
                {"id":"%s","referentie":"MO-2026-000042","product":"melding-openbare-ruimte","gemeente":"9001",
                 "status":"GEREGISTREERD","statusToelichting":null,"ontvangenOp":"2026-11-28T09:15:00Z","gegevens":{},
                 "statusHistorie":[{"status":"ONTVANGEN","tijdstip":"2026-11-28T09:15:00Z","toelichting":null}]}
                """.formatted(ID));

        for (String pagina : new String[] {"/mijn-aanvragen", "/mijn-aanvragen/" + ID}) {
            mvc.perform(get(pagina).with(alsBurger(BSN)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("data-aanvraag-id=\"" + ID + "\""),
                            containsString("data-status=\"GEREGISTREERD\""),
                            containsString("aria-live=\"polite\" data-live-status=\"/mijn-aanvragen/gebeurtenissen\""),
                            containsString("<script src=\"/js/live-status.js\" defer></script>"))));
        }
    }

    @Test
    void the_script_is_a_public_static_file() throws Exception {
        mvc.perform(get("/js/live-status.js"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("javascript")))
                .andExpect(content().string(allOf(containsString("new EventSource("),
                        containsString("'status-gewijzigd'"), containsString("data-status"))));
    }

    private static boolean isKlaar(MvcResult result) {
        try {
            result.getAsyncResult(0);
            return true;
        } catch (IllegalStateException nogBezig) {
            return false;
        }
    }
}
