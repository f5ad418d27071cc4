package nl.midoffice.simulator.brp.web;

import static nl.midoffice.simulator.brp.Bevragen.personen;
import static nl.midoffice.simulator.brp.Bevragen.raadpleeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
class StartpaginaTest {

    @Autowired
    MockMvc mvc;

    @Test
    void toontTestpersonenEnRecenteBevragingenZonderScripts() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
        mvc.perform(personen(raadpleeg("999994086", "naam")).header("X-Aanvraag-ID", "aanvraag-77"))
                .andExpect(status().isOk());

        String html = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'none'")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html)
                .contains("<html lang=\"nl\">")
                .contains("BRP (simulator) — Basisregistratie Personen")
                .contains("999993653", "Jan Pieter de Vries", "Lindelaan 12, 9001 AB Lindeveen", "Lindeveen (9001)")
                .contains("Wilgenkade 88 2, 1055 XK Amsterdam", "Amsterdam (0363)")
                .contains("*****4086", "aanvraag-77")
                .contains("/css/brp.css")
                .doesNotContain("<script");
        mvc.perform(get("/css/brp.css")).andExpect(status().isOk());
    }

    @Test
    void testpersonenVoorHetPortaal() throws Exception {
        mvc.perform(get("/simulator/personen"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personen.length()").value(12))
                .andExpect(jsonPath("$.personen[0].bsn").value("999993653"))
                .andExpect(jsonPath("$.personen[0].naam").value("Jan Pieter de Vries"))
                .andExpect(jsonPath("$.personen[0].gemeente").value("9001"))
                .andExpect(jsonPath("$.personen[0].gemeenteNaam").value("Lindeveen"))
                .andExpect(jsonPath("$.personen[0].postcode").value("9001AB"))
                .andExpect(jsonPath("$.personen[0].huisnummer").value(12));
    }
}
