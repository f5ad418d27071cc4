package nl.midoffice.portal.mijngegevens;

import org.junit.jupiter.api.Test;

import nl.midoffice.portal.MvcTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Mijn gegevens en wie ze bekeek": the citizen's data and the Verwerkingenlogging, in plain Dutch. */
class MijnGegevensControllerTest extends MvcTestSupport {

    private static final String PERSOON = """
            {"naam":{"voornamen":"Jan Pieter","voorvoegsel":"de","geslachtsnaam":"Vries","volledigeNaam":"Jan Pieter de Vries"},
             "geboortedatum":"1975-03-14",
             "adres":{"straat":"Lindelaan","huisnummer":12,"postcode":"9001AB","woonplaats":"Lindeveen"},
             "gemeenteVanInschrijving":"9001","bron":"brp"}""";
    private static final String VERWERKINGEN = """
            {"verwerkingen":[
              {"actieId":"a1","actieNaam":"Persoon opvragen","verwerkingNaam":"Verhuizing behandelen",
               "verwerkingsactiviteit":"Raadplegen","doel":"Controleren of u op het oude adres woont",
               "grondslag":"Wet basisregistratie personen, artikel 3.9","vertrouwelijkheid":"NORMAAL",
               "bewaartermijn":"P20Y","verwerkendeOrganisatie":"Gemeente Lindeveen","uitvoerder":"mid-office",
               "systeem":"brp","tijdstip":"2026-11-28T09:15:00Z","soortenGegevens":["naam","verblijfplaats"],
               "aanvraagReferentie":"MO-2026-000043"},
              {"actieId":"a2","actieNaam":"Persoon opvragen","verwerkingNaam":"Mijn gegevens tonen",
               "verwerkingsactiviteit":"Raadplegen","doel":"U uw eigen gegevens laten zien",
               "grondslag":"AVG, artikel 15","vertrouwelijkheid":"NORMAAL","bewaartermijn":"P1Y6M",
               "verwerkendeOrganisatie":"Gemeente Lindeveen","uitvoerder":"digitaal loket","systeem":"legacy-suite",
               "tijdstip":"2026-11-29T10:00:00Z","soortenGegevens":["naam","geboorte","verblijfplaats"],
               "aanvraagReferentie":null}]}""";

    @Test
    void the_page_needs_a_login() throws Exception {
        mvc.perform(get("/mijn-gegevens")).andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
        assertThat(MIDOFFICE.verzoeken()).isEmpty();
    }

    @Test
    void it_shows_the_data_and_who_looked_at_it_newest_first_in_plain_dutch() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/persoonsgegevens", 200, PERSOON);
        MIDOFFICE.antwoord("GET", "/api/v1/verwerkingen", 200, VERWERKINGEN);

        String html = mvc.perform(get("/mijn-gegevens").with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Mijn gegevens en wie ze bekeek</h1>"),
                        containsString("data-testid=\"naam\">Jan Pieter de Vries<"),
                        containsString("<dd>14 maart 1975</dd>"),
                        containsString("data-testid=\"adres\">Lindelaan 12, 9001AB Lindeveen<"),
                        containsString("Basisregistratie Personen (BRP)"),
                        containsString("Gemeente Lindeveen heeft uw naam en adres bekeken, met als doel: "
                                + "Controleren of u op het oude adres woont."),
                        containsString("<dd>Wet basisregistratie personen, artikel 3.9</dd>"),
                        containsString("<dd>MO-2026-000043</dd>"),
                        containsString("<dd>20 jaar</dd>"),
                        containsString("<dd>1 jaar en 6 maanden</dd>"),
                        containsString("<dd>Normaal</dd>"),
                        containsString("uitgevoerd door <span>mid-office</span>, uit <span>de Basisregistratie Personen (BRP)</span>"),
                        containsString("28 november 2026 om 10:15"),
                        containsString("Uw naam, geboortedatum en adres"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(html.indexOf("data-actie-id=\"a2\"")).as("newest first").isLessThan(html.indexOf("data-actie-id=\"a1\""));
        assertThat(html).doesNotContain(BSN);
        assertThat(MIDOFFICE.verzoeken()).extracting(v -> v.method() + " " + v.path())
                .containsExactly("GET /api/v1/persoonsgegevens", "GET /api/v1/verwerkingen");
        assertThat(MIDOFFICE.verzoeken()).allSatisfy(v -> assertThat(v.header("Authorization")).startsWith("Bearer "));
    }

    @Test
    void an_empty_log_says_nobody_looked() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/persoonsgegevens", 200, PERSOON);
        MIDOFFICE.antwoord("GET", "/api/v1/verwerkingen", 200, "{\"verwerkingen\":[]}");

        mvc.perform(get("/mijn-gegevens").with(alsBurger(BSN)))
                .andExpect(content().string(containsString("Er zijn nog geen gegevens van u opgevraagd.")));
    }

    @Test
    void each_half_that_fails_says_so_and_the_other_half_still_shows() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/persoonsgegevens", 503, "{\"status\":503}");
        MIDOFFICE.antwoord("GET", "/api/v1/verwerkingen", 200, VERWERKINGEN);

        mvc.perform(get("/mijn-gegevens").with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Uw gegevens kunnen nu niet worden opgehaald."),
                        containsString("data-actie-id=\"a1\""))));

        MIDOFFICE.reset();
        MIDOFFICE.antwoord("GET", "/api/v1/persoonsgegevens", 404, "{\"status\":404}");
        MIDOFFICE.antwoord("GET", "/api/v1/verwerkingen", 500, "{\"status\":500}");

        mvc.perform(get("/mijn-gegevens").with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("De gemeente Lindeveen heeft geen inschrijving van u gevonden."),
                        containsString("Dit overzicht kan nu niet worden getoond."),
                        not(containsString("Tijdelijk niet beschikbaar")))));
    }

    @Test
    void a_midoffice_without_the_log_reads_as_unavailable_not_as_empty() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/persoonsgegevens", 200, PERSOON);

        mvc.perform(get("/mijn-gegevens").with(alsBurger(BSN)))
                .andExpect(content().string(allOf(containsString("Dit overzicht kan nu niet worden getoond."),
                        not(containsString("Er zijn nog geen gegevens van u opgevraagd.")))));
    }

    @Test
    void mijn_aanvragen_links_to_the_page() throws Exception {
        MIDOFFICE.antwoord("GET", "/api/v1/aanvragen", 200, "{\"aanvragen\":[]}");

        mvc.perform(get("/mijn-aanvragen").with(alsBurger(BSN)))
                .andExpect(content().string(containsString("<a href=\"/mijn-gegevens\">Mijn gegevens en wie ze bekeek</a>")));
    }
}
