package nl.midoffice.simulator.zaken.zaaksysteem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.midoffice.simulator.zaken.SimulatorTest;
import nl.midoffice.simulator.zaken.Zgw;

@SimulatorTest
class ZaaksysteemPaginaTest {

    @Autowired
    MockMvc mvc;

    String zaakUrl;
    String uuid;

    @BeforeEach
    void eenZaakMetInitiator() throws Exception {
        Zgw.herstel(mvc);
        zaakUrl = Zgw.zaakUrl(mvc, "MOR-2026-0001");
        uuid = zaakUrl.substring(zaakUrl.lastIndexOf('/') + 1);
        mvc.perform(Zgw.maak("/zaken/api/v1/rollen", Zgw.initiator(zaakUrl, Zgw.BSN))).andExpect(status().isCreated());
    }

    @Test
    void paginaToontZakenInHetNederlandsMetGemaskeerdBsn() throws Exception {
        String html = pagina();
        assertThat(html)
                .contains("<html lang=\"nl\"")
                .contains("Zaaksysteem (simulator) — ZGW Zaken API")
                .contains("MOR-2026-0001")
                .contains("Melding openbare ruimte")
                .contains("Initiator: BSN *****3653")
                .doesNotContain(Zgw.BSN)
                .contains("name=\"_csrf\"")
                .contains("/css/zaaksysteem.css")
                .contains("Verstuurde notificaties")
                .doesNotContain("<script")
                .doesNotContain("style=");
    }

    @Test
    void medewerkerZetStatusEnDatLeidtTotEenNotificatie() throws Exception {
        mvc.perform(post("/werkbak/zaken/{uuid}/status", uuid).with(csrf())
                        .param("status", "IN_BEHANDELING").param("toelichting", "Opgepakt"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("melding", "Zaak MOR-2026-0001 heeft nu de status In behandeling."));

        mvc.perform(Zgw.lees("/zaken/api/v1/statussen").param("zaak", zaakUrl))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.results[0].statustype").value(Zgw.IN_BEHANDELING))
                .andExpect(jsonPath("$.results[0].statustoelichting").value("Opgepakt"));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen[0].status").value("In behandeling"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> mvc.perform(get("/simulator/notificaties"))
                .andExpect(jsonPath("$.notificaties[0].notificatie.resource").value("status"))
                .andExpect(jsonPath("$.notificaties[0].notificatie.hoofdObject").value(zaakUrl)));
    }

    @Test
    void afwijzenZonderToelichtingWordtGeweigerd() throws Exception {
        mvc.perform(post("/werkbak/zaken/{uuid}/status", uuid).with(csrf()).param("status", "AFGEWEZEN"))
                .andExpect(status().isSeeOther())
                .andExpect(flash().attributeExists("fout"));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen[0].status").isEmpty());
    }

    @Test
    void afgeslotenZaakHeeftGeenFormulierMeer() throws Exception {
        mvc.perform(post("/werkbak/zaken/{uuid}/status", uuid).with(csrf()).param("status", "AFGEHANDELD"))
                .andExpect(status().isSeeOther());
        assertThat(pagina()).contains("Afgesloten; de status kan niet meer wijzigen.")
                .doesNotContain("/werkbak/zaken/" + uuid + "/status");
        mvc.perform(post("/werkbak/zaken/{uuid}/status", uuid).with(csrf()).param("status", "IN_BEHANDELING"))
                .andExpect(flash().attributeExists("fout"));
    }

    @Test
    void zonderCsrfTokenWordtGeweigerd() throws Exception {
        mvc.perform(post("/werkbak/zaken/{uuid}/status", uuid).param("status", "AFGEHANDELD"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen[0].status").isEmpty());
    }

    private String pagina() throws Exception {
        return mvc.perform(get("/")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
