package nl.midoffice.portal.parkeervergunning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
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

class ParkeervergunningControllerTest extends MvcTestSupport {

    private static final String PAD = "/producten/parkeervergunning";
    private static final String AANVRAAG_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
    /** Two weeks ahead: inside the window whatever day the test runs. */
    private static final LocalDate DATUM = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(14);

    private static Map<String, String> invoer(String key) {
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("idempotencyKey", key);
        invoer.put("gemeente", "9001");
        invoer.put("kenteken", "ab-123 c");
        invoer.put("ingangsdatum", DATUM.toString());
        return invoer;
    }

    private static MockHttpServletRequestBuilder controleren(Map<String, String> invoer) {
        MockHttpServletRequestBuilder verzoek = post(PAD).with(csrf());
        invoer.forEach(verzoek::param);
        return verzoek;
    }

    private String controlepagina(String key) throws Exception {
        return mvc.perform(controleren(invoer(key)).with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Controleer uw gegevens</h1>")))
                .andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder versturen(String controlepagina) {
        return metVerborgenVelden(controlepagina, post(PAD + "/versturen").with(alsBurger(BSN)).with(csrf()));
    }

    @Test
    void every_step_requires_login() throws Exception {
        mvc.perform(get(PAD)).andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
        mvc.perform(controleren(invoer(UUID.randomUUID().toString())))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
        mvc.perform(post(PAD + "/versturen").with(csrf()).param("kenteken", "AB-123-C"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
        assertThat(MIDOFFICE.ingediend()).isEmpty();
    }

    @Test
    void the_form_has_the_fields_a_key_and_the_date_window() throws Exception {
        mvc.perform(get(PAD).with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("type=\"hidden\" id=\"gemeente\" name=\"gemeente\" value=\"9001\""),
                        containsString("name=\"kenteken\""),
                        containsString("type=\"date\""),
                        containsString("min=\"" + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + "\""),
                        containsString("name=\"_csrf\""))))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*name=\"idempotencyKey\" value=\"[0-9a-f-]{36}\".*")));
    }

    @Test
    void the_summary_shows_the_kenteken_in_capitals_and_keeps_it_as_typed() throws Exception {
        String key = UUID.randomUUID().toString();

        String html = controlepagina(key);

        assertThat(html).contains("<dd>AB-123C</dd>", "<dd>Lindeveen</dd>",
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")).format(DATUM),
                        "name=\"kenteken\" value=\"ab-123 c\"", "name=\"idempotencyKey\" value=\"" + key + "\"")
                .doesNotContain(BSN);
        assertThat(MIDOFFICE.ingediend()).isEmpty();
    }

    @Test
    void versturen_sends_the_kenteken_without_spaces_with_the_key_and_the_token() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 202,
                "{\"id\":\"" + AANVRAAG_ID + "\",\"referentie\":\"MO-2026-000008\",\"status\":\"ONTVANGEN\"}");
        String key = UUID.randomUUID().toString();

        mvc.perform(versturen(controlepagina(key)))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/mijn-aanvragen/" + AANVRAAG_ID + "?bevestiging=true"));

        FakeMidoffice.Verzoek verzoek = MIDOFFICE.enigVerzoek();
        assertThat(verzoek.header("Idempotency-Key")).isEqualTo(key);
        JSONAssert.assertEquals("""
                {"product":"parkeervergunning","gemeente":"9001","aanvrager":{"bsn":"999993653"},
                 "gegevens":{"kenteken":"ab-123c","ingangsdatum":"%s"}}""".formatted(DATUM), verzoek.body(), true);
        SignedJWT jwt = SignedJWT.parse(verzoek.header("Authorization").substring("Bearer ".length()));
        assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getStringClaim("bsn")).isEqualTo(BSN);
    }

    @Test
    void wijzigen_goes_back_to_the_form_with_the_kenteken_as_typed() throws Exception {
        String key = UUID.randomUUID().toString();

        mvc.perform(versturen(controlepagina(key)).param("wijzigen", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Parkeervergunning aanvragen</h1>"),
                        containsString("name=\"gemeente\" value=\"9001\""),
                        containsString("name=\"kenteken\" value=\"ab-123 c\""),
                        containsString("name=\"ingangsdatum\" value=\"" + DATUM + "\""),
                        containsString("name=\"idempotencyKey\" value=\"" + key + "\""),
                        not(containsString("data-testid=\"foutsamenvatting\"")))));
        assertThat(MIDOFFICE.ingediend()).isEmpty();
    }

    @Test
    void invalid_input_is_explained_at_the_fields() throws Exception {
        Map<String, String> invoer = invoer(UUID.randomUUID().toString());
        invoer.put("kenteken", "ABC-123");
        invoer.put("ingangsdatum", DATUM.minusDays(15).toString());

        mvc.perform(controleren(invoer).with(alsBurger(BSN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#kenteken\">Dit is geen Nederlands kenteken."),
                        containsString("aria-describedby=\"kenteken-hint kenteken-fout\""),
                        containsString("<a href=\"#ingangsdatum\">Een vergunning gaat niet met terugwerkende kracht in"),
                        containsString("name=\"kenteken\" value=\"ABC-123\""),
                        not(containsString("<h1>Controleer uw gegevens</h1>")))));
        assertThat(MIDOFFICE.ingediend()).isEmpty();
    }

    @Test
    void a_400_from_the_api_is_shown_at_the_fields_with_a_new_key() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 400, """
                {"title":"Ongeldige invoer","status":400,
                 "invalidParams":[{"name":"gegevens.kenteken","reason":"Dit kenteken staat niet op uw naam."},
                                  {"name":"gegevens.ingangsdatum","reason":"De ingangsdatum ligt buiten de termijn."}]}""");
        String key = UUID.randomUUID().toString();

        mvc.perform(versturen(controlepagina(key)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("<h1>Parkeervergunning aanvragen</h1>"),
                        containsString("<a href=\"#kenteken\">Dit kenteken staat niet op uw naam.</a>"),
                        containsString("id=\"kenteken-fout\""),
                        containsString("<a href=\"#ingangsdatum\">De ingangsdatum ligt buiten de termijn.</a>"),
                        containsString("name=\"kenteken\" value=\"ab-123 c\""),
                        not(containsString(key)))));
    }

    @Test
    void when_the_midoffice_is_down_the_summary_stays_with_the_input_and_the_key() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 500, "{\"status\":500}");
        String key = UUID.randomUUID().toString();

        mvc.perform(versturen(controlepagina(key)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-testid=\"indienfout\""),
                        containsString("Het indienen is nu niet gelukt; probeer het later opnieuw."),
                        containsString("<dd>AB-123C</dd>"),
                        containsString("name=\"kenteken\" value=\"ab-123 c\""),
                        containsString("name=\"idempotencyKey\" value=\"" + key + "\""),
                        not(containsString("Exception")))));
    }
}
