package nl.midoffice.portal.melding;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.midoffice.portal.FakeMidoffice;
import nl.midoffice.portal.MvcTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ExtendWith(OutputCaptureExtension.class)
class MeldingControllerTest extends MvcTestSupport {

    private static final String PAD = "/producten/melding-openbare-ruimte";
    private static final String AANVRAAG_ID = "6f1c2a4e-8d1b-4a43-9e51-3b0c2f7d9a10";

    private static MockHttpServletRequestBuilder indienen(String idempotencyKey) {
        return post(PAD).with(alsBurger(BSN)).with(csrf())
                .param("gemeente", "9001")
                .param("categorie", "straatverlichting")
                .param("omschrijving", "De lantaarnpaal brandt niet.")
                .param("postcode", "1234 ab")
                .param("huisnummer", "12")
                .param("idempotencyKey", idempotencyKey);
    }

    @Test
    void the_form_requires_login() throws Exception {
        mvc.perform(get(PAD)).andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
    }

    @Test
    void the_form_carries_a_fresh_idempotency_key_and_the_choices() throws Exception {
        String html = mvc.perform(get(PAD).with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"gemeente\" value=\"9001\""), containsString("U doet deze melding bij de gemeente"),
                        containsString("value=\"bestrating\""), containsString("name=\"_csrf\""))))
                .andReturn().getResponse().getContentAsString();

        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(key.find()).as("hidden idempotencyKey field").isTrue();
        assertThat(UUID.fromString(key.group(1))).isNotNull();
    }

    @Test
    void a_valid_melding_is_sent_as_the_api_expects_and_leads_to_the_confirmation(CapturedOutput log) throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 202,
                "{\"id\":\"" + AANVRAAG_ID + "\",\"referentie\":\"MO-2026-000001\",\"status\":\"ONTVANGEN\"}");
        String key = UUID.randomUUID().toString();

        mvc.perform(indienen(key))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/mijn-aanvragen/" + AANVRAAG_ID + "?bevestiging=true"));

        FakeMidoffice.Verzoek verzoek = MIDOFFICE.enigVerzoek();
        assertThat(verzoek.path()).isEqualTo("/api/v1/aanvragen");
        assertThat(verzoek.header("Idempotency-Key")).isEqualTo(key);
        assertThat(verzoek.header("Content-Type")).startsWith("application/json");
        JSONAssert.assertEquals("""
                {"product":"melding-openbare-ruimte","gemeente":"9001","aanvrager":{"bsn":"999993653"},
                 "gegevens":{"categorie":"straatverlichting","omschrijving":"De lantaarnpaal brandt niet.",
                             "locatie":{"postcode":"1234AB","huisnummer":12}}}""", verzoek.body(), true);

        SignedJWT jwt = SignedJWT.parse(verzoek.header("Authorization").substring("Bearer ".length()));
        assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getStringClaim("bsn")).isEqualTo(BSN);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("frontoffice-portal");
        assertThat(log.getAll()).contains("referentie=MO-2026-000001").doesNotContain(BSN);
    }

    @Test
    void invalid_input_is_explained_in_a_summary_and_at_the_fields_without_calling_the_api() throws Exception {
        mvc.perform(post(PAD).with(alsBurger(BSN)).with(csrf())
                        .param("gemeente", "").param("categorie", "overig").param("omschrijving", "")
                        .param("postcode", "12AB").param("huisnummer", "twaalf"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("data-testid=\"foutsamenvatting\""),
                        containsString("<a href=\"#omschrijving\">Beschrijf het probleem.</a>"),
                        containsString("<a href=\"#gemeente\">Kies de gemeente waar het probleem is.</a>"),
                        containsString("Vul een postcode in zoals 1234 AB."),
                        containsString("Vul het huisnummer in met alleen cijfers, bijvoorbeeld 12."),
                        containsString("id=\"postcode-fout\""),
                        containsString("aria-describedby=\"postcode-hint postcode-fout\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("value=\"12AB\""))));

        assertThat(MIDOFFICE.verzoeken()).isEmpty();
    }

    @Test
    void a_400_problem_from_the_api_is_shown_at_the_matching_fields_and_the_rest_in_the_summary() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 400, """
                {"type":"https://midoffice.example/problemen/ongeldige-invoer","title":"Ongeldige invoer","status":400,
                 "detail":"De aanvraag bevat fouten.",
                 "invalidParams":[{"name":"gegevens.omschrijving","reason":"De omschrijving bevat verboden tekens."},
                                  {"name":"gegevens.foto","reason":"Een foto is verplicht in deze gemeente."}]}""");
        String key = UUID.randomUUID().toString();

        mvc.perform(indienen(key))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#omschrijving\">De omschrijving bevat verboden tekens.</a>"),
                        containsString("id=\"omschrijving-fout\""),
                        containsString("<span>Een foto is verplicht in deze gemeente.</span>"),
                        containsString("De lantaarnpaal brandt niet."),
                        // nothing was stored, so the corrected form must not reuse the refused key
                        not(containsString(key)))));
    }

    @Test
    void when_the_midoffice_fails_the_citizen_gets_a_friendly_message_and_keeps_the_input_and_key() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 503, "{\"title\":\"Onderhoud\",\"status\":503}");
        String key = UUID.randomUUID().toString();

        mvc.perform(indienen(key))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Het indienen is nu niet gelukt; probeer het later opnieuw."),
                        containsString(">De lantaarnpaal brandt niet.</textarea>"),
                        containsString("value=\"1234 ab\""),
                        containsString("value=\"" + key + "\""),
                        not(containsString("Exception")))));
    }

    @Test
    void a_refused_token_is_also_a_friendly_message_for_the_citizen() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 401, "{\"title\":\"Unauthorized\",\"status\":401}");

        mvc.perform(indienen(UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het indienen is nu niet gelukt; probeer het later opnieuw.")));
    }

    @Test
    void submitting_without_csrf_token_is_refused_and_sends_nothing() throws Exception {
        mvc.perform(post(PAD).with(alsBurger(BSN)).param("gemeente", "9001"))
                .andExpect(status().isForbidden());
        assertThat(MIDOFFICE.verzoeken()).isEmpty();
    }
}
