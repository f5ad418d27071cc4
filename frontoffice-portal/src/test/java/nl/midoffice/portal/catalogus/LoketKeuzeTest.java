package nl.midoffice.portal.catalogus;

import java.util.Arrays;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import nl.midoffice.portal.MvcTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each municipality's counter: its front door, its name and look on every page, its code on every aanvraag. */
class LoketKeuzeTest extends MvcTestSupport {

    private static final String AANVRAAG_ID = "0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a";

    @Test
    void without_a_choice_the_counter_is_lindeveens_and_offers_the_way_to_bergdal() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("class=\"thema-lindeveen\" data-gemeente=\"9001\""),
                        containsString("<title>Home - Gemeente Lindeveen</title>"),
                        containsString("Welkom bij het digitaal loket van Lindeveen"),
                        containsString("src=\"/img/lindeveen.svg\""),
                        containsString("<a href=\"/bergdal\">Naar het digitaal loket van Bergdal</a>"))));
    }

    @Test
    void the_front_door_of_bergdal_is_public_and_remembered_for_the_rest_of_the_visit() throws Exception {
        MockHttpSession sessie = new MockHttpSession();
        mvc.perform(get("/bergdal").session(sessie))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("class=\"thema-bergdal\" data-gemeente=\"9002\""),
                        containsString("Gemeente Bergdal"),
                        containsString("Welkom bij het digitaal loket van Bergdal"),
                        containsString("<a href=\"/lindeveen\">Naar het digitaal loket van Lindeveen</a>"),
                        not(containsString("Naar het digitaal loket van Bergdal")))));

        mvc.perform(get("/inloggen").session(sessie))
                .andExpect(content().string(allOf(containsString("thema-bergdal"),
                        containsString("<title>Inloggen - Gemeente Bergdal</title>"))));
        mvc.perform(get("/").session(sessie)).andExpect(content().string(containsString("thema-bergdal")));
        mvc.perform(get("/lindeveen").session(sessie)).andExpect(content().string(containsString("thema-lindeveen")));
        mvc.perform(get("/").session(sessie)).andExpect(content().string(containsString("thema-lindeveen")));
    }

    @Test
    void an_unknown_municipality_has_no_front_door() throws Exception {
        // anonymous visitors of unknown paths go to the login, as everywhere; logged in, it is a 404
        mvc.perform(get("/utrecht").with(alsBurger(BSN))).andExpect(status().isNotFound());
    }

    @Test
    void an_aanvraag_at_bergdals_counter_is_submitted_for_code_9002() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 202,
                "{\"id\":\"" + AANVRAAG_ID + "\",\"referentie\":\"MO-2026-000077\",\"status\":\"ONTVANGEN\"}");
        MockHttpSession sessie = new MockHttpSession();
        mvc.perform(get("/bergdal").session(sessie));

        String formulier = mvc.perform(get("/producten/melding-openbare-ruimte").session(sessie).with(alsBurger(BSN)))
                .andExpect(content().string(allOf(
                        containsString("name=\"gemeente\" value=\"9002\""),
                        containsString("U doet deze melding bij de gemeente"),
                        containsString("<strong>Bergdal</strong>"),
                        containsString("thema-bergdal"))))
                .andReturn().getResponse().getContentAsString();

        mvc.perform(metVerborgenVelden(formulier, post("/producten/melding-openbare-ruimte")).session(sessie)
                        .with(alsBurger(BSN)).with(csrf())
                        .param("categorie", "afval").param("omschrijving", "Volle prullenbak bij de kerk")
                        .param("postcode", "9002 CD").param("huisnummer", "5"))
                .andExpect(status().isSeeOther());

        assertThat(MIDOFFICE.enigVerzoek().body()).contains("\"gemeente\":\"9002\"");
    }

    @Test
    void the_two_step_forms_take_the_counters_municipality_too() throws Exception {
        MockHttpSession sessie = new MockHttpSession();
        mvc.perform(get("/bergdal").session(sessie));

        for (String pad : new String[] {"/producten/verhuizing", "/producten/parkeervergunning"}) {
            mvc.perform(get(pad).session(sessie).with(alsBurger(BSN)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("name=\"gemeente\" value=\"9002\""),
                            containsString("<strong>Bergdal</strong>"), not(containsString("<select class=\"invoer\" id=\"gemeente\"")))));
        }
        // each form asked the mid-office for the citizen's data at Bergdal, with the BSN only in the token
        assertThat(MIDOFFICE.verzoeken()).hasSize(2).allSatisfy(verzoek -> {
            assertThat(verzoek.path()).isEqualTo("/api/v1/persoonsgegevens");
            assertThat(verzoek.query()).isEqualTo("gemeente=9002");
            assertThat(SignedJWT.parse(verzoek.header("Authorization").substring(7)).getJWTClaimsSet()
                    .getStringClaim("bsn")).isEqualTo(BSN);
        });
    }

    @Test
    void logging_out_returns_to_the_front_door_of_the_municipality_and_forgets_the_session() throws Exception {
        MockHttpSession sessie = new MockHttpSession();
        mvc.perform(get("/bergdal").session(sessie));
        mvc.perform(post("/inloggen").session(sessie).with(csrf()).param("bsn", "999999321"));

        mvc.perform(post("/uitloggen").session(sessie).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/bergdal?uitgelogd"))
                .andExpect(header().stringValues("Set-Cookie", org.hamcrest.Matchers.hasItem(
                        containsString("PORTAALSESSIE=;"))));
        assertThat(sessie.isInvalid()).isTrue();
        mvc.perform(get("/bergdal").param("uitgelogd", ""))
                .andExpect(content().string(allOf(containsString("U bent uitgelogd."), containsString("thema-bergdal"))));
    }

    @Test
    void the_patterns_for_validation_and_mappings_list_every_municipality() {
        assertThat(Gemeente.CODES_PATROON.split("\\|"))
                .containsExactly(Arrays.stream(Gemeente.values()).map(Gemeente::getCode).toArray(String[]::new));
        assertThat(Gemeente.SLUGS_PATROON.split("\\|"))
                .containsExactly(Arrays.stream(Gemeente.values()).map(Gemeente::getSlug).toArray(String[]::new));
    }
}
