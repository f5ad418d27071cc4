package nl.midoffice.simulator.zaken.auth;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.midoffice.simulator.zaken.SimulatorTest;
import nl.midoffice.simulator.zaken.Zgw;

@SimulatorTest
class ZgwAuthenticatieTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void schoon() throws Exception {
        Zgw.herstel(mvc);
    }

    @Test
    void zonderTokenGeeft401NotAuthenticated() throws Exception {
        verwacht401(mvc.perform(get("/zaken/api/v1/zaken").header("Accept-Crs", "EPSG:4326")));
        verwacht401(mvc.perform(get("/zaken/api/v1/zaken").header("Authorization", "Basic YTpi")
                .header("Accept-Crs", "EPSG:4326")));
    }

    @Test
    void ongeldigTokenGeeft401() throws Exception {
        verwacht401(lijst("geen.jwt"));
        verwacht401(lijst(Zgw.token(Zgw.DEMO_CLIENT, "verkeerd-secret-van-minstens-32-bytes-lang!", Instant.now())));
    }

    @Test
    void tokenOuderDanEenUurOfUitDeToekomstGeeft401() throws Exception {
        verwacht401(lijst(Zgw.token(Zgw.DEMO_CLIENT, Zgw.DEMO_SECRET, Instant.now().minus(Duration.ofMinutes(61)))))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("verlopen")));
        verwacht401(lijst(Zgw.token(Zgw.DEMO_CLIENT, Zgw.DEMO_SECRET, Instant.now().plus(Duration.ofMinutes(10)))));
        lijst(Zgw.token(Zgw.DEMO_CLIENT, Zgw.DEMO_SECRET, Instant.now().minus(Duration.ofMinutes(59))))
                .andExpect(status().isOk());
    }

    @Test
    void onbekendeClientGeeft403PermissionDenied() throws Exception {
        lijst(Zgw.token("onbekend", Zgw.DEMO_SECRET, Instant.now()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("permission_denied"));
    }

    @Test
    void clientZonderScopeMagLezenMaarNietAanmaken() throws Exception {
        String token = Zgw.token("alleenlezen", Zgw.ALLEEN_LEZEN_SECRET, Instant.now());
        lijst(token).andExpect(status().isOk());
        mvc.perform(post("/zaken/api/v1/zaken").header("Authorization", "Bearer " + token)
                        .header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326")
                        .contentType(MediaType.APPLICATION_JSON).content(Zgw.zaak("MOR-1", Zgw.ZAAKTYPE_MELDING)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("permission_denied"));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }

    @Test
    void catalogusEnControleApiVragenGeenToken() throws Exception {
        mvc.perform(get("/catalogi/api/v1/zaaktypen")).andExpect(status().isOk());
        mvc.perform(get("/simulator/ontvangen")).andExpect(status().isOk());
    }

    private ResultActions lijst(String token) throws Exception {
        return mvc.perform(get("/zaken/api/v1/zaken").header("Authorization", "Bearer " + token)
                .header("Accept-Crs", "EPSG:4326"));
    }

    private static ResultActions verwacht401(ResultActions resultaat) throws Exception {
        return resultaat.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("API-version", "1.5.1"))
                .andExpect(jsonPath("$.code").value("not_authenticated"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.instance").isNotEmpty());
    }
}
