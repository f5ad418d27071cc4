package nl.midoffice.portal.aanvragen;

import org.junit.jupiter.api.Test;

import nl.midoffice.portal.FakeMidoffice;
import nl.midoffice.portal.MvcTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MijnAanvragenControllerTest extends MvcTestSupport {

    private static final String ID = "6f1c2a4e-8d1b-4a43-9e51-3b0c2f7d9a10";

    private static final String DETAIL = """
            {"id":"%s","referentie":"MO-2026-000042","product":"melding-openbare-ruimte","gemeente":"9002",
             "status":"AFGEWEZEN","statusToelichting":"De plek ligt op particulier terrein.",
             "ontvangenOp":"2026-11-28T09:15:00Z",
             "gegevens":{"categorie":"groen","omschrijving":"Omgewaaide boom","locatie":{"postcode":"4321XY","huisnummer":7}},
             "statusHistorie":[{"status":"ONTVANGEN","tijdstip":"2026-11-28T09:15:00Z","toelichting":null},
                               {"status":"AFGEWEZEN","tijdstip":"2026-11-29T08:00:00Z","toelichting":"De plek ligt op particulier terrein."}]}
            """.formatted(ID);

    @Test
    void mijn_aanvragen_requires_login() throws Exception {
        mvc.perform(get("/mijn-aanvragen"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/inloggen"));
        assertThat(MIDOFFICE.verzoeken()).isEmpty();
    }

    @Test
    void the_overview_lists_the_citizens_aanvragen_in_dutch() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen", 200, """
                {"aanvragen":[{"id":"%s","referentie":"MO-2026-000042","product":"melding-openbare-ruimte",
                               "gemeente":"9001","status":"IN_BEHANDELING","ontvangenOp":"2026-11-28T09:15:00Z"}]}
                """.formatted(ID));

        mvc.perform(get("/mijn-aanvragen").with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/mijn-aanvragen/" + ID + "\""),
                        containsString("MO-2026-000042"),
                        containsString("Melding openbare ruimte"),
                        containsString("Lindeveen"),
                        containsString("28 november 2026 om 10:15"),
                        containsString("In behandeling"))));

        FakeMidoffice.Verzoek verzoek = MIDOFFICE.enigVerzoek();
        assertThat(verzoek.path()).isEqualTo("/api/v1/aanvragen").doesNotContain(BSN);
        assertThat(verzoek.header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void an_empty_overview_says_so() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen", 200, "{\"aanvragen\":[]}");

        mvc.perform(get("/mijn-aanvragen").with(alsBurger(BSN)))
                .andExpect(content().string(containsString("U heeft nog geen aanvragen gedaan.")));
    }

    @Test
    void the_detail_shows_the_status_code_hook_the_reason_and_the_history() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen/" + ID, 200, DETAIL);

        mvc.perform(get("/mijn-aanvragen/" + ID).with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-status=\"AFGEWEZEN\""),
                        containsString("Uw aanvraag is afgewezen. Reden: De plek ligt op particulier terrein."),
                        containsString("data-testid=\"referentie\">MO-2026-000042<"),
                        containsString("data-historie-status=\"ONTVANGEN\""),
                        containsString("Bergdal"),
                        containsString("Bomen, planten en gras"),
                        containsString("4321XY"),
                        not(containsString("Uw aanvraag is ontvangen</h1>")))));
    }

    @Test
    void the_overview_names_all_three_products_in_dutch() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen", 200, """
                {"aanvragen":[
                  {"id":"%s","referentie":"MO-2026-000043","product":"verhuizing","gemeente":"9002",
                   "status":"ONTVANGEN","ontvangenOp":"2026-11-28T09:15:00Z"},
                  {"id":"%s","referentie":"MO-2026-000044","product":"parkeervergunning","gemeente":"9001",
                   "status":"GEREGISTREERD","ontvangenOp":"2026-11-28T09:16:00Z"},
                  {"id":"%s","referentie":"MO-2026-000042","product":"melding-openbare-ruimte","gemeente":"9001",
                   "status":"AFGEHANDELD","ontvangenOp":"2026-11-28T09:14:00Z"}]}
                """.formatted(ID, ID, ID));

        mvc.perform(get("/mijn-aanvragen").with(alsBurger(BSN)))
                .andExpect(content().string(allOf(
                        containsString("<td>Verhuizing binnen de gemeente</td>"),
                        containsString("<td>Parkeervergunning voor bewoners</td>"),
                        containsString("<td>Melding openbare ruimte</td>"),
                        not(containsString("<td>verhuizing</td>")))));
    }

    @Test
    void the_detail_of_a_verhuizing_shows_the_address_the_date_and_how_many_move_along() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen/" + ID, 200, """
                {"id":"%s","referentie":"MO-2026-000043","product":"verhuizing","gemeente":"9002","status":"ONTVANGEN",
                 "ontvangenOp":"2026-11-28T09:15:00Z",
                 "gegevens":{"nieuwAdres":{"postcode":"1234AB","huisnummer":12,"huisletter":"A"},
                             "verhuisdatum":"2026-12-15","meeverhuizers":["999995492","999991802"]},
                 "statusHistorie":[]}""".formatted(ID));

        mvc.perform(get("/mijn-aanvragen/" + ID).with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Verhuizing binnen de gemeente</h1>"),
                        containsString("<dt>Nieuw adres</dt><dd>Postcode 1234AB, huisnummer 12A</dd>"),
                        containsString("<dt>Verhuisdatum</dt><dd>15 december 2026</dd>"),
                        containsString("<dt>Meeverhuizers</dt><dd>2 personen</dd>"),
                        not(containsString("999995492")))));
    }

    @Test
    void the_detail_of_a_parkeervergunning_shows_the_kenteken_and_the_ingangsdatum() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen/" + ID, 200, """
                {"id":"%s","referentie":"MO-2026-000044","product":"parkeervergunning","gemeente":"9001",
                 "status":"GEREGISTREERD","ontvangenOp":"2026-11-28T09:15:00Z",
                 "gegevens":{"kenteken":"ab-123-c","ingangsdatum":"2026-12-01"},"statusHistorie":[]}""".formatted(ID));

        mvc.perform(get("/mijn-aanvragen/" + ID).with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Parkeervergunning voor bewoners</h1>"),
                        containsString("<dt>Kenteken</dt><dd>AB-123-C</dd>"),
                        containsString("<dt>Ingangsdatum</dt><dd>1 december 2026</dd>"))));
    }

    @Test
    void the_confirmation_shows_the_referentie_once() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen/" + ID, 200, DETAIL);

        String html = mvc.perform(get("/mijn-aanvragen/" + ID).param("bevestiging", "true").with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Uw aanvraag is ontvangen</h1>"),
                        containsString("data-testid=\"referentie\">MO-2026-000042<"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(html.split("data-testid=\"referentie\"", -1)).hasSize(2);
    }

    @Test
    void an_aanvraag_the_midoffice_does_not_know_for_this_citizen_is_a_dutch_404() throws Exception {
        mvc.perform(get("/mijn-aanvragen/" + ID).with(alsBurger(BSN)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("Pagina niet gevonden"), containsString("lang=\"nl\""))));
    }

    @Test
    void a_malformed_id_is_a_404_without_asking_the_midoffice() throws Exception {
        mvc.perform(get("/mijn-aanvragen/..%2F..%2Fbeheer").with(alsBurger(BSN)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/mijn-aanvragen/abc").with(alsBurger(BSN)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Pagina niet gevonden")));
        assertThat(MIDOFFICE.verzoeken()).isEmpty();
    }

    @Test
    void a_midoffice_error_on_a_read_page_is_a_friendly_503() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen", 500, "{\"status\":500}");

        mvc.perform(get("/mijn-aanvragen").with(alsBurger(BSN)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(allOf(containsString("Tijdelijk niet beschikbaar"),
                        not(containsString("Exception")))));
    }
}
