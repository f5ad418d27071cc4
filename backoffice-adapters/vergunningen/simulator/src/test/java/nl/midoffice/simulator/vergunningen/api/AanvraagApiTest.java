package nl.midoffice.simulator.vergunningen.api;

import static nl.midoffice.simulator.vergunningen.Aanvragen.SLEUTEL;
import static nl.midoffice.simulator.vergunningen.Aanvragen.geldig;
import static nl.midoffice.simulator.vergunningen.Aanvragen.json;
import static nl.midoffice.simulator.vergunningen.Aanvragen.met;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.test.web.servlet.ResultActions;

import nl.midoffice.simulator.vergunningen.Aanvragen;
import nl.midoffice.simulator.vergunningen.CallbackOntvanger;
import nl.midoffice.simulator.vergunningen.SimulatorTest;

/** The permit API end to end: intake, the decision rules, and delivery of the decision by callback. */
@SimulatorTest
class AanvraagApiTest {

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
    void verleendBesluitWordtPerCallbackAfgeleverd() throws Exception {
        Map<String, Object> aanvraag = geldig(ontvanger.url());

        String antwoord = dienIn(aanvraag)
                .andExpect(status().isAccepted())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.status").value("IN_BEHANDELING"))
                .andExpect(jsonPath("$.referentie").value(aanvraag.get("referentie")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(antwoord, "$.id");
        await().atMost(Duration.ofSeconds(5)).until(() -> ontvanger.ontvangen().size() == 1);
        CallbackOntvanger.Ontvangen callback = ontvanger.ontvangen().get(0);
        assertThat(callback.methode()).isEqualTo("POST");
        assertThat(callback.header("Authorization")).isEqualTo("Bearer callback-token");
        assertThat(callback.header("Content-Type")).isEqualTo("application/json");
        assertThat(callback.header("X-Correlation-ID")).isEqualTo("corr-1");
        String ingang = (String) aanvraag.get("ingangsdatum");
        Map<String, Object> bericht = Aanvragen.bericht(callback.body());
        assertThat(bericht).containsEntry("id", id)
                .containsEntry("referentie", aanvraag.get("referentie"))
                .containsEntry("besluit", "VERLEEND")
                .containsEntry("reden", "Aan de voorwaarden voor een bewonersparkeervergunning is voldaan")
                .containsEntry("geldigVanaf", ingang)
                .containsEntry("geldigTot", java.time.LocalDate.parse(ingang).plusYears(1).toString())
                .containsEntry("besluitdatum", Aanvragen.vandaag().toString());
        assertThat((String) bericht.get("vergunningnummer")).matches("PV-9001-\\d{6}");
        assertThat(callback.body()).doesNotContain(Aanvragen.BSN);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                mvc.perform(get("/api/v1/aanvragen/{id}", id).header("X-Api-Key", SLEUTEL))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("AFGEHANDELD"))
                        .andExpect(jsonPath("$.kenteken").value("AB123C"))
                        .andExpect(jsonPath("$.besluit.uitkomst").value("VERLEEND"))
                        .andExpect(jsonPath("$.besluit.vergunningnummer").value(bericht.get("vergunningnummer")))
                        .andExpect(jsonPath("$.besluit.handmatig").value(false))
                        .andExpect(jsonPath("$.callback.status").value("AFGELEVERD"))
                        .andExpect(jsonPath("$.callback.pogingen").value(1)));
        mvc.perform(get("/simulator/ontvangen"))
                .andExpect(jsonPath("$.ontvangen.length()").value(1))
                .andExpect(jsonPath("$.ontvangen[0].id").value(id))
                .andExpect(jsonPath("$.ontvangen[0].aanvraagId").value("aanvraag-1"))
                .andExpect(jsonPath("$.ontvangen[0].correlationId").value("corr-1"))
                .andExpect(jsonPath("$.ontvangen[0].gemeente").value("9001"))
                .andExpect(jsonPath("$.ontvangen[0].kenteken").value("AB123C"))
                .andExpect(jsonPath("$.ontvangen[0].besluit").value("VERLEEND"))
                .andExpect(jsonPath("$.ontvangen[0].callbackAfgeleverd").value(true));
    }

    @Test
    void wieNietInDeGemeenteIsIngeschrevenWordtAfgewezen() throws Exception {
        String id = idVan(dienIn(met(geldig(ontvanger.url()), "aanvrager.gemeenteVanInschrijving", "9002")));

        Map<String, Object> bericht = callbackVoor(id);

        assertThat(bericht).containsEntry("besluit", "AFGEWEZEN")
                .containsEntry("reden", "U staat niet ingeschreven in deze gemeente")
                .doesNotContainKeys("vergunningnummer", "geldigVanaf", "geldigTot");
    }

    @Test
    void eenKentekenDatDeRdwNietKentWordtAfgewezen() throws Exception {
        for (String kenteken : new String[] {"ZZ-999-Z", "99zzz9", "XX 99 XX"}) {
            String id = idVan(dienIn(met(geldig(ontvanger.url()), "kenteken", kenteken)));

            assertThat(callbackVoor(id)).as(kenteken).containsEntry("besluit", "AFGEWEZEN")
                    .containsEntry("reden", "Het kenteken is niet bekend bij de RDW");
        }
    }

    @Test
    void eenTweedeVergunningOpHetzelfdeAdresWordtAfgewezen() throws Exception {
        Map<String, Object> eerste = met(geldig(ontvanger.url()), "aanvrager.woonadres.huisletter", "a");
        assertThat(callbackVoor(idVan(dienIn(eerste)))).containsEntry("besluit", "VERLEEND");

        Map<String, Object> tweede = met(met(geldig(ontvanger.url()), "kenteken", "12-ABC-3"),
                "aanvrager.woonadres.huisletter", "A");
        assertThat(callbackVoor(idVan(dienIn(tweede)))).containsEntry("besluit", "AFGEWEZEN")
                .containsEntry("reden", "Op dit adres is al een parkeervergunning verleend");

        Map<String, Object> buren = met(met(geldig(ontvanger.url()), "kenteken", "12-ABC-3"),
                "aanvrager.woonadres.huisletter", "B");
        assertThat(callbackVoor(idVan(dienIn(buren)))).as("huisletter B is een ander adres")
                .containsEntry("besluit", "VERLEEND");
    }

    @Test
    void wissenVergeetOokDeVerleendeVergunningen() throws Exception {
        assertThat(callbackVoor(idVan(dienIn(geldig(ontvanger.url()))))).containsEntry("besluit", "VERLEEND");

        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));

        assertThat(callbackVoor(idVan(dienIn(geldig(ontvanger.url()))))).containsEntry("besluit", "VERLEEND");
    }

    @Test
    void dezelfdeAanvraagNogmaalsGeeftDeBestaandeTerug() throws Exception {
        Map<String, Object> aanvraag = geldig(ontvanger.url());
        String id = idVan(dienIn(aanvraag));

        dienIn(met(aanvraag, "kenteken", "ab123c"))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", "/api/v1/aanvragen/" + id))
                .andExpect(jsonPath("$.id").value(id));

        callbackVoor(id);
        dienIn(aanvraag).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AFGEHANDELD"));
        mvc.perform(get("/simulator/ontvangen"))
                .andExpect(jsonPath("$.ontvangen.length()").value(1))
                .andExpect(jsonPath("$.ontvangen[0].herhalingen").value(2));
        assertThat(ontvanger.ontvangen()).as("één besluit, één callback").hasSize(1);
    }

    @Test
    void dezelfdeReferentieMetAndereInhoudGeeft409() throws Exception {
        Map<String, Object> aanvraag = geldig(ontvanger.url());
        String id = idVan(dienIn(aanvraag));

        dienIn(met(aanvraag, "kenteken", "12-ABC-3"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(id)));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(1));
    }

    @Test
    void onbekendeAanvraagGeeft404ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/aanvragen/{id}", "bestaat-niet").header("X-Api-Key", SLEUTEL))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Aanvraag niet gevonden"));
    }

    @Test
    void locationWijstNaarDeAanvraag() throws Exception {
        dienIn(geldig(ontvanger.url()))
                .andExpect(header().string("Location", matchesPattern("/api/v1/aanvragen/[0-9a-f-]{36}")));
    }

    private ResultActions dienIn(Map<String, Object> aanvraag) throws Exception {
        return mvc.perform(post("/api/v1/aanvragen")
                .header("X-Api-Key", SLEUTEL)
                .header("X-Aanvraag-ID", "aanvraag-1")
                .header("X-Correlation-ID", "corr-1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(aanvraag)));
    }

    private static String idVan(ResultActions resultaat) throws Exception {
        String body = resultaat.andExpect(status().isAccepted()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    /** Waits for the callback about this application and returns its body. */
    private Map<String, Object> callbackVoor(String id) {
        return await().atMost(Duration.ofSeconds(5)).until(
                () -> ontvanger.ontvangen().stream().map(o -> Aanvragen.bericht(o.body()))
                        .filter(b -> id.equals(b.get("id"))).findFirst().orElse(null),
                java.util.Objects::nonNull);
    }
}
