package nl.midoffice.simulator.legacysuite.werkbak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.midoffice.simulator.legacysuite.Berichten;

@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
class WerkbakControllerTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void eenZaak() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
        mvc.perform(post("/zds/OntvangAsynchroon").contentType("text/xml").content(Berichten.creeerZaak()))
                .andExpect(status().isOk());
    }

    @Test
    void werkbakToontDeZaakInHetNederlandsMetGemaskeerdBsn() throws Exception {
        for (String pad : new String[] {"/", "/werkbak"}) {
            String html = pagina(pad);
            assertThat(html)
                    .contains("<html lang=\"nl\"")
                    .contains("Legacy zaaksysteem (simulator) — Werkbak")
                    .contains(Berichten.VOORBEELD_ID)
                    .contains("Melding openbare ruimte: straatverlichting")
                    .contains("Geregistreerd")
                    .contains("*****3653")
                    .doesNotContain(Berichten.VOORBEELD_BSN)
                    .contains("name=\"_csrf\"")
                    .contains("<label for=\"status-1\"")
                    .doesNotContain("<script");
        }
    }

    @Test
    void statusWijzigenLeidtTerugNaarDeWerkbak() throws Exception {
        mvc.perform(post("/werkbak/zaken/{id}/status", Berichten.VOORBEELD_ID).with(csrf())
                        .param("status", "IN_BEHANDELING").param("toelichting", "Opgepakt"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/werkbak"))
                .andExpect(flash().attribute("melding", "Zaak MO-2026-000001 heeft nu de status In behandeling."));

        mvc.perform(get("/simulator/zaken/{id}", Berichten.VOORBEELD_ID))
                .andExpect(jsonPath("$.zaak.status").value("IN_BEHANDELING"))
                .andExpect(jsonPath("$.statussen[1].toelichting").value("Opgepakt"));
    }

    @Test
    void zonderCsrfTokenWordtGeweigerd() throws Exception {
        mvc.perform(post("/werkbak/zaken/{id}/status", Berichten.VOORBEELD_ID).param("status", "AFGEHANDELD"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/simulator/zaken/{id}", Berichten.VOORBEELD_ID))
                .andExpect(jsonPath("$.zaak.status").value("GEREGISTREERD"));
    }

    @Test
    void afwijzenZonderToelichtingGeeftEenLeesbareFout() throws Exception {
        MvcResult resultaat = mvc.perform(post("/werkbak/zaken/{id}/status", Berichten.VOORBEELD_ID).with(csrf())
                        .param("status", "AFGEWEZEN").param("toelichting", "  "))
                .andExpect(status().isSeeOther())
                .andReturn();

        String fout = (String) resultaat.getFlashMap().get("fout");
        assertThat(fout).contains("toelichting").contains("inwoner");
        String html = mvc.perform(get("/werkbak").flashAttr("fout", fout))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("role=\"alert\"").contains("Geef bij afwijzen");
        mvc.perform(get("/simulator/zaken/{id}", Berichten.VOORBEELD_ID))
                .andExpect(jsonPath("$.statussen.length()").value(1));
    }

    @Test
    void onbekendeStatusWordtGeweigerd() throws Exception {
        mvc.perform(post("/werkbak/zaken/{id}/status", Berichten.VOORBEELD_ID).with(csrf()).param("status", "GEREGISTREERD"))
                .andExpect(status().isSeeOther())
                .andExpect(flash().attribute("fout", "Kies een geldige nieuwe status voor zaak MO-2026-000001."));
    }

    @Test
    void zaakInEindstatusKanNietMeerWijzigen() throws Exception {
        mvc.perform(post("/werkbak/zaken/{id}/status", Berichten.VOORBEELD_ID).with(csrf()).param("status", "AFGEHANDELD"))
                .andExpect(flash().attributeExists("melding"));

        mvc.perform(post("/werkbak/zaken/{id}/status", Berichten.VOORBEELD_ID).with(csrf()).param("status", "IN_BEHANDELING"))
                .andExpect(status().isSeeOther())
                .andExpect(flash().attribute("fout",
                        "Zaak MO-2026-000001 is al afgehandeld; de status kan niet meer worden gewijzigd."));
        assertThat(pagina("/werkbak")).contains("Afgesloten; de status kan niet meer wijzigen.");
    }

    private String pagina(String pad) throws Exception {
        return mvc.perform(get(pad)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
