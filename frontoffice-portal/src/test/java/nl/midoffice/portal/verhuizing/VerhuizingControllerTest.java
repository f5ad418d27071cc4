package nl.midoffice.portal.verhuizing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

class VerhuizingControllerTest extends MvcTestSupport {

    private static final String PAD = "/producten/verhuizing";
    private static final String AANVRAAG_ID = "0d2f4c1a-7b3e-4e5f-9a8b-1c2d3e4f5a6b";
    private static final String ONTVANGEN =
            "{\"id\":\"" + AANVRAAG_ID + "\",\"referentie\":\"MO-2026-000007\",\"status\":\"ONTVANGEN\"}";
    private static final String PARTNER = "999995492";
    private static final String KIND = "999991802";
    /** A week ahead: inside the window whatever day the test runs, even across midnight. */
    private static final LocalDate DATUM = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7);
    private static final String DATUM_TEKST =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")).format(DATUM);

    /** What a citizen types into the form; tests change single entries. */
    private static Map<String, String> invoer(String key) {
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("idempotencyKey", key);
        invoer.put("gemeente", "9002");
        invoer.put("postcode", "1234 ab");
        invoer.put("huisnummer", "12");
        invoer.put("huisletter", "a");
        invoer.put("huisnummertoevoeging", "2");
        invoer.put("verhuisdatum", DATUM.toString());
        invoer.put("meeverhuizers[0]", PARTNER);
        invoer.put("meeverhuizers[1]", "");
        invoer.put("meeverhuizers[2]", KIND);
        invoer.put("meeverhuizers[3]", "");
        invoer.put("meeverhuizers[4]", "");
        return invoer;
    }

    private static MockHttpServletRequestBuilder controleren(Map<String, String> invoer) {
        MockHttpServletRequestBuilder verzoek = post(PAD).with(csrf());
        invoer.forEach(verzoek::param);
        return verzoek;
    }

    private static MockHttpServletRequestBuilder controleren(String key) {
        return controleren(invoer(key)).with(alsBurger(BSN));
    }

    /** The "Controleer uw gegevens" page for valid input, as HTML. */
    private String controlepagina(MockHttpServletRequestBuilder verzoek) throws Exception {
        return mvc.perform(verzoek)
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
        mvc.perform(post(PAD + "/versturen").with(csrf()).param("gemeente", "9001"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
        assertThat(MIDOFFICE.ingediend()).isEmpty();
    }

    @Test
    void the_form_carries_a_fresh_key_five_co_mover_fields_and_a_date_field() throws Exception {
        String html = mvc.perform(get(PAD).with(alsBurger(BSN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("type=\"hidden\" id=\"gemeente\" name=\"gemeente\" value=\"9001\""),
                        containsString("type=\"date\""),
                        containsString("min=\"" + LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(5) + "\""),
                        containsString("name=\"meeverhuizers[4]\""),
                        not(containsString("name=\"meeverhuizers[5]\"")),
                        containsString("<label class=\"veld__label\" for=\"meeverhuizers0\">BSN meeverhuizer 1</label>"),
                        containsString("name=\"huisnummertoevoeging\""),
                        containsString("name=\"_csrf\""))))
                .andReturn().getResponse().getContentAsString();

        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(key.find()).as("hidden idempotencyKey field").isTrue();
        assertThat(UUID.fromString(key.group(1))).isNotNull();
    }

    @Test
    void valid_input_leads_to_a_summary_first_and_nothing_is_sent_yet() throws Exception {
        String key = UUID.randomUUID().toString();

        String html = controlepagina(controleren(key));

        assertThat(html).contains("Bergdal", "1234AB", "<dd>12</dd>", "<dd>A</dd>", "<dd>2</dd>", DATUM_TEKST,
                        "BSN " + PARTNER, "BSN " + KIND, "name=\"idempotencyKey\" value=\"" + key + "\"",
                        "name=\"meeverhuizers[2]\" value=\"" + KIND + "\"", "value=\"" + DATUM + "\"",
                        ">Versturen</button>", "name=\"wijzigen\"")
                .doesNotContain(BSN);
        assertThat(MIDOFFICE.ingediend()).isEmpty();
    }

    @Test
    void versturen_sends_the_api_json_with_the_key_and_the_token_and_leads_to_the_confirmation() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 202, ONTVANGEN);
        String key = UUID.randomUUID().toString();

        mvc.perform(versturen(controlepagina(controleren(key))))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/mijn-aanvragen/" + AANVRAAG_ID + "?bevestiging=true"));

        FakeMidoffice.Verzoek verzoek = MIDOFFICE.enigVerzoek();
        assertThat(verzoek.path()).isEqualTo("/api/v1/aanvragen");
        assertThat(verzoek.header("Idempotency-Key")).isEqualTo(key);
        JSONAssert.assertEquals("""
                {"product":"verhuizing","gemeente":"9002","aanvrager":{"bsn":"999993653"},
                 "gegevens":{"nieuwAdres":{"postcode":"1234AB","huisnummer":12,"huisletter":"A","huisnummertoevoeging":"2"},
                             "verhuisdatum":"%s","meeverhuizers":["%s","%s"]}}""".formatted(DATUM, PARTNER, KIND),
                verzoek.body(), true);
        SignedJWT jwt = SignedJWT.parse(verzoek.header("Authorization").substring("Bearer ".length()));
        assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getStringClaim("bsn")).isEqualTo(BSN);
    }

    @Test
    void without_co_movers_or_letter_the_list_is_empty_and_the_optional_parts_absent() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 202, ONTVANGEN);
        Map<String, String> invoer = invoer(UUID.randomUUID().toString());
        invoer.putAll(Map.of("gemeente", "9001", "postcode", "4321XY", "huisnummer", "7", "huisletter", "",
                "huisnummertoevoeging", " ", "meeverhuizers[0]", "", "meeverhuizers[2]", " "));
        String html = controlepagina(controleren(invoer).with(alsBurger(BSN)));
        assertThat(html).contains("Niemand: u verhuist alleen.").doesNotContain("<dt>Huisletter</dt>");

        mvc.perform(versturen(html)).andExpect(status().isSeeOther());

        JSONAssert.assertEquals("""
                {"product":"verhuizing","gemeente":"9001","aanvrager":{"bsn":"999993653"},
                 "gegevens":{"nieuwAdres":{"postcode":"4321XY","huisnummer":7},"verhuisdatum":"%s","meeverhuizers":[]}}"""
                .formatted(DATUM), MIDOFFICE.enigVerzoek().body(), true);
    }

    @Test
    void a_date_typed_the_dutch_way_is_understood() throws Exception {
        Map<String, String> invoer = invoer(UUID.randomUUID().toString());
        invoer.put("verhuisdatum", DateTimeFormatter.ofPattern("d-M-yyyy").format(DATUM));
        String html = controlepagina(controleren(invoer).with(alsBurger(BSN)));

        assertThat(html).contains(DATUM_TEKST, "name=\"verhuisdatum\" value=\"" + DATUM + "\"");
    }

    @Test
    void wijzigen_goes_back_to_the_form_with_everything_kept() throws Exception {
        String key = UUID.randomUUID().toString();
        String controle = controlepagina(controleren(key));

        mvc.perform(versturen(controle).param("wijzigen", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Verhuizing doorgeven</h1>"),
                        containsString("action=\"/producten/verhuizing\""),
                        containsString("name=\"gemeente\" value=\"9002\""),
                        containsString("name=\"postcode\" value=\"1234 ab\""),
                        containsString("name=\"huisnummer\" value=\"12\""),
                        containsString("name=\"huisletter\" value=\"a\""),
                        containsString("name=\"verhuisdatum\" value=\"" + DATUM + "\""),
                        containsString("name=\"meeverhuizers[0]\" value=\"" + PARTNER + "\""),
                        containsString("name=\"meeverhuizers[2]\" value=\"" + KIND + "\""),
                        containsString("name=\"idempotencyKey\" value=\"" + key + "\""),
                        not(containsString("data-testid=\"foutsamenvatting\"")))));
        assertThat(MIDOFFICE.ingediend()).isEmpty();
    }

    @Test
    void invalid_input_is_explained_at_the_fields_and_in_a_linked_summary() throws Exception {
        Map<String, String> invoer = invoer(UUID.randomUUID().toString());
        invoer.putAll(Map.of("huisnummer", "twaalf", "verhuisdatum", DATUM.plusMonths(2).toString(),
                "meeverhuizers[1]", "123456789", "meeverhuizers[3]", PARTNER));
        mvc.perform(controleren(invoer).with(alsBurger(BSN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("data-testid=\"foutsamenvatting\""),
                        containsString("Vul het huisnummer in met alleen cijfers, bijvoorbeeld 12."),
                        containsString("Een verhuizing kunt u ten hoogste 4 weken vooraf doorgeven"),
                        containsString("<a href=\"#meeverhuizers1\">Dit nummer is geen geldig BSN"),
                        containsString("id=\"meeverhuizers1-fout\""),
                        containsString("aria-describedby=\"meeverhuizers-hint meeverhuizers1-fout\""),
                        containsString("<a href=\"#meeverhuizers3\">Deze persoon staat al in de lijst.</a>"),
                        containsString("<a href=\"#verhuisdatum\">"),
                        containsString("name=\"meeverhuizers[1]\" value=\"123456789\""),
                        not(containsString("<h1>Controleer uw gegevens</h1>")))));
        assertThat(MIDOFFICE.ingediend()).isEmpty();
    }

    @Test
    void versturen_checks_again_so_a_changed_hidden_field_is_not_sent() throws Exception {
        String controle = controlepagina(controleren(UUID.randomUUID().toString()));

        mvc.perform(versturen(controle.replace("value=\"" + KIND + "\"", "value=\"123456789\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<h1>Verhuizing doorgeven</h1>"),
                        containsString("id=\"meeverhuizers2-fout\""))));
        assertThat(MIDOFFICE.ingediend()).isEmpty();
    }

    @Test
    void a_400_from_the_api_is_shown_at_the_fields_counting_only_filled_in_co_movers() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 400, """
                {"title":"Ongeldige invoer","status":400,
                 "invalidParams":[{"name":"gegevens.nieuwAdres.postcode","reason":"Deze postcode bestaat niet."},
                                  {"name":"gegevens.verhuisdatum","reason":"Deze datum valt buiten de termijn."},
                                  {"name":"gegevens.meeverhuizers[1]","reason":"Deze persoon woont niet op uw adres."},
                                  {"name":"gegevens.nieuwAdres","reason":"Dit adres ligt buiten de gemeente."},
                                  {"name":"aanvrager.bsn","reason":"U staat niet ingeschreven in deze gemeente."}]}""");
        String key = UUID.randomUUID().toString();

        mvc.perform(versturen(controlepagina(controleren(key))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("<h1>Verhuizing doorgeven</h1>"),
                        containsString("<a href=\"#postcode\">Deze postcode bestaat niet.</a>"),
                        containsString("<a href=\"#postcode\">Dit adres ligt buiten de gemeente.</a>"),
                        containsString("<a href=\"#verhuisdatum\">Deze datum valt buiten de termijn.</a>"),
                        // the API's second co-mover is the third field: the second field was left empty
                        containsString("<a href=\"#meeverhuizers2\">Deze persoon woont niet op uw adres.</a>"),
                        containsString("id=\"meeverhuizers2-fout\""),
                        containsString("<span>U staat niet ingeschreven in deze gemeente.</span>"),
                        containsString("name=\"postcode\" value=\"1234 ab\""),
                        // nothing was stored, so the corrected form must not reuse the refused key
                        not(containsString(key)))));
    }

    @Test
    void when_the_midoffice_is_down_the_summary_stays_with_the_input_and_the_key() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 503, "{\"title\":\"Onderhoud\",\"status\":503}");
        String key = UUID.randomUUID().toString();

        String html = mvc.perform(versturen(controlepagina(controleren(key))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("data-testid=\"indienfout\"", "Het indienen is nu niet gelukt; probeer het later opnieuw.",
                        "<h1>Controleer uw gegevens</h1>", "name=\"idempotencyKey\" value=\"" + key + "\"",
                        "name=\"postcode\" value=\"1234 ab\"", "name=\"meeverhuizers[2]\" value=\"" + KIND + "\"")
                .doesNotContain("Exception");

        // pressing "Versturen" again sends the same key, so the mid-office can recognise a retry
        MIDOFFICE.reset();
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 202, ONTVANGEN);
        mvc.perform(versturen(html)).andExpect(status().isSeeOther());
        assertThat(MIDOFFICE.enigVerzoek().header("Idempotency-Key")).isEqualTo(key);
    }

    @Test
    void a_key_already_used_for_other_data_gets_an_explanation_and_a_new_key() throws Exception {
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 422,
                "{\"title\":\"Deze Idempotency-Key is al gebruikt voor een andere aanvraag.\",\"status\":422}");
        String key = UUID.randomUUID().toString();

        mvc.perform(versturen(controlepagina(controleren(key))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Controleer uw gegevens</h1>"),
                        containsString("Een eerdere poging om te versturen is toch aangekomen"),
                        containsString("name=\"meeverhuizers[2]\" value=\"" + KIND + "\""),
                        // the old key can never succeed again: "Versturen" must now be a new request
                        not(containsString(key)))));
    }

    @Test
    void versturen_without_csrf_token_is_refused_and_sends_nothing() throws Exception {
        String controle = controlepagina(controleren(UUID.randomUUID().toString()));

        mvc.perform(metVerborgenVelden(controle, post(PAD + "/versturen").with(alsBurger(BSN))))
                .andExpect(status().isForbidden());
        assertThat(MIDOFFICE.ingediend()).isEmpty();
    }
}
