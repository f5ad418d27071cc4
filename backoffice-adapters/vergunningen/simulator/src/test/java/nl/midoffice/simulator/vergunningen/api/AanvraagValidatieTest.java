package nl.midoffice.simulator.vergunningen.api;

import static nl.midoffice.simulator.vergunningen.Aanvragen.SLEUTEL;
import static nl.midoffice.simulator.vergunningen.Aanvragen.WEG;
import static nl.midoffice.simulator.vergunningen.Aanvragen.geldig;
import static nl.midoffice.simulator.vergunningen.Aanvragen.json;
import static nl.midoffice.simulator.vergunningen.Aanvragen.met;
import static nl.midoffice.simulator.vergunningen.Aanvragen.vandaag;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.midoffice.simulator.vergunningen.SimulatorTest;

/** The contract of POST /api/v1/aanvragen: what is refused with 400 or 401, and what still passes. */
@SimulatorTest
class AanvraagValidatieTest {

    static final String CALLBACK = "http://127.0.0.1:9/callback";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void leeg() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
    }

    static Stream<Arguments> ongeldigeVelden() {
        return Stream.of(
                Arguments.of("referentie", WEG, "referentie", "required"),
                Arguments.of("referentie", "met spatie", "referentie", "invalid"),
                Arguments.of("referentie", "x".repeat(101), "referentie", "invalid"),
                Arguments.of("gemeente", "901", "gemeente", "invalid"),
                Arguments.of("gemeente", WEG, "gemeente", "required"),
                Arguments.of("aanvrager", WEG, "aanvrager", "required"),
                Arguments.of("aanvrager.bsn", "123456789", "aanvrager.bsn", "invalid"),
                Arguments.of("aanvrager.bsn", "99999365", "aanvrager.bsn", "invalid"),
                Arguments.of("aanvrager.bsn", WEG, "aanvrager.bsn", "required"),
                Arguments.of("aanvrager.gemeenteVanInschrijving", "ABCD", "aanvrager.gemeenteVanInschrijving", "invalid"),
                Arguments.of("aanvrager.woonadres", WEG, "aanvrager.woonadres", "required"),
                Arguments.of("aanvrager.woonadres.postcode", "0123AB", "aanvrager.woonadres.postcode", "invalid"),
                Arguments.of("aanvrager.woonadres.postcode", "1234ab", "aanvrager.woonadres.postcode", "invalid"),
                Arguments.of("aanvrager.woonadres.postcode", "1234 AB", "aanvrager.woonadres.postcode", "invalid"),
                Arguments.of("aanvrager.woonadres.huisnummer", 0, "aanvrager.woonadres.huisnummer", "out_of_range"),
                Arguments.of("aanvrager.woonadres.huisnummer", 100000, "aanvrager.woonadres.huisnummer", "out_of_range"),
                Arguments.of("aanvrager.woonadres.huisnummer", WEG, "aanvrager.woonadres.huisnummer", "required"),
                Arguments.of("aanvrager.woonadres.huisnummer", "twaalf", "aanvrager.woonadres.huisnummer", "invalid"),
                Arguments.of("aanvrager.woonadres.huisletter", "ab", "aanvrager.woonadres.huisletter", "invalid"),
                Arguments.of("aanvrager.woonadres.huisnummertoevoeging", "12345", "aanvrager.woonadres.huisnummertoevoeging", "invalid"),
                Arguments.of("kenteken", WEG, "kenteken", "required"),
                Arguments.of("kenteken", "A1-B2-C3", "kenteken", "invalid"),
                Arguments.of("kenteken", "AA-AA-AA", "kenteken", "invalid"),
                Arguments.of("kenteken", "12-34-56", "kenteken", "invalid"),
                Arguments.of("kenteken", "ABC-1234", "kenteken", "invalid"),
                Arguments.of("ingangsdatum", WEG, "ingangsdatum", "required"),
                Arguments.of("ingangsdatum", "01-12-2026", "ingangsdatum", "invalid"),
                Arguments.of("ingangsdatum", "2026-02-30", "ingangsdatum", "invalid"),
                Arguments.of("ingangsdatum", vandaag().minusDays(2).toString(), "ingangsdatum", "out_of_range"),
                Arguments.of("ingangsdatum", vandaag().plusMonths(3).plusDays(1).toString(), "ingangsdatum", "out_of_range"),
                Arguments.of("callbackUrl", WEG, "callbackUrl", "required"),
                Arguments.of("callbackUrl", "ftp://mid-office/callback", "callbackUrl", "invalid"),
                Arguments.of("callbackUrl", "/relatief/pad", "callbackUrl", "invalid"),
                Arguments.of("callbackUrl", "geen url", "callbackUrl", "invalid"),
                Arguments.of("callbackAuth", "Bearer x\r\nX-Kwaad: 1", "callbackAuth", "invalid"));
    }

    @ParameterizedTest(name = "{0} = {1} → {2} {3}")
    @MethodSource("ongeldigeVelden")
    void ongeldigeInvoerGeeft400MetInvalidParams(String pad, Object waarde, String naam, String code) throws Exception {
        mvc.perform(post("/api/v1/aanvragen").header("X-Api-Key", SLEUTEL)
                        .contentType(MediaType.APPLICATION_JSON).content(json(met(geldig(CALLBACK), pad, waarde))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.invalidParams.length()").value(1))
                .andExpect(jsonPath("$.invalidParams[0].name").value(naam))
                .andExpect(jsonPath("$.invalidParams[0].code").value(code))
                .andExpect(jsonPath("$.invalidParams[0].reason").isNotEmpty())
                // a wrong BSN is never echoed back
                .andExpect(content().string(not(containsString("123456789"))));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }

    @Test
    void alleFoutenKomenInEenKeer() throws Exception {
        String body = "{\"gemeente\":\"9\",\"kenteken\":\"?\",\"aanvrager\":{\"bsn\":\"1\",\"woonadres\":{}}}";
        mvc.perform(post("/api/v1/aanvragen").header("X-Api-Key", SLEUTEL)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams.length()").value(9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"geen json", "[1,2]", ""})
    void eenOnleesbareBodyGeeft400(String body) throws Exception {
        mvc.perform(post("/api/v1/aanvragen").header("X-Api-Key", SLEUTEL)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void randgevallenWordenAanvaard() throws Exception {
        Object[][] geldigeVarianten = {
                {"ingangsdatum", vandaag().minusDays(1).toString()},
                {"ingangsdatum", vandaag().plusMonths(3).toString()},
                {"kenteken", " ab 123 c "},
                {"aanvrager.woonadres.huisnummer", 99999},
                {"aanvrager.woonadres.huisnummertoevoeging", "bis"},
                {"callbackUrl", "https://midoffice.example/api/callback?bron=vergunningen"},
                {"callbackAuth", WEG}};
        for (Object[] variant : geldigeVarianten) {
            mvc.perform(post("/api/v1/aanvragen").header("X-Api-Key", SLEUTEL).contentType(MediaType.APPLICATION_JSON)
                            .content(json(met(geldig(CALLBACK), (String) variant[0], variant[1]))))
                    .andExpect(status().isAccepted());
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "demo-only-vergunningen-key-change-m", "verkeerd"})
    void zonderGeldigeApiSleutelGeeft401(String sleutel) throws Exception {
        var verzoek = post("/api/v1/aanvragen").contentType(MediaType.APPLICATION_JSON).content(json(geldig(CALLBACK)));
        if (sleutel != null) {
            verzoek.header("X-Api-Key", sleutel);
        }
        mvc.perform(verzoek)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Niet geauthenticeerd"));
        mvc.perform(get("/api/v1/aanvragen/{id}", "x").header("X-Api-Key", sleutel == null ? "nee" : sleutel))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }
}
