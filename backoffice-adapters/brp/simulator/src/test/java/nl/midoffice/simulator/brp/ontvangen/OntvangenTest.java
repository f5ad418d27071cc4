package nl.midoffice.simulator.brp.ontvangen;

import static nl.midoffice.simulator.brp.Bevragen.bsns;
import static nl.midoffice.simulator.brp.Bevragen.personen;
import static nl.midoffice.simulator.brp.Bevragen.raadpleeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
class OntvangenTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void leeg() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
    }

    @Test
    void registreertElkeBevragingMetGemaskeerdeBsnsEnDeIdsUitDeHeaders() throws Exception {
        mvc.perform(personen(raadpleeg(bsns("999993653", "123456782"), "naam", "verblijfplaats"))
                        .header("X-Aanvraag-ID", "6f1c2a9e-0d4b-4c55-9a43-3b1c8f0e2d11")
                        .header("X-Correlation-ID", "corr-42"))
                .andExpect(status().isOk());

        String json = mvc.perform(get("/simulator/ontvangen"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ontvangen.length()").value(1))
                .andExpect(jsonPath("$.ontvangen[0].bevraging").value("RaadpleegMetBurgerservicenummer"))
                .andExpect(jsonPath("$.ontvangen[0].burgerservicenummers", contains("*****3653", "*****6782")))
                .andExpect(jsonPath("$.ontvangen[0].fields", contains("naam", "verblijfplaats")))
                .andExpect(jsonPath("$.ontvangen[0].aantalPersonen").value(1))
                .andExpect(jsonPath("$.ontvangen[0].aanvraagId").value("6f1c2a9e-0d4b-4c55-9a43-3b1c8f0e2d11"))
                .andExpect(jsonPath("$.ontvangen[0].correlationId").value("corr-42"))
                .andExpect(jsonPath("$.ontvangen[0].ontvangenOp").isString())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("999993653").doesNotContain("123456782");
    }

    @Test
    void zonderHeadersZijnDeIdsNullEnNieuwsteStaatVoorop() throws Exception {
        mvc.perform(personen(raadpleeg("999991802", "naam"))).andExpect(status().isOk());
        mvc.perform(personen(raadpleeg("999999321", "naam"))).andExpect(status().isOk());

        mvc.perform(get("/simulator/ontvangen"))
                .andExpect(jsonPath("$.ontvangen.length()").value(2))
                .andExpect(jsonPath("$.ontvangen[0].burgerservicenummers[0]").value("*****9321"))
                .andExpect(jsonPath("$.ontvangen[1].burgerservicenummers[0]").value("*****1802"))
                .andExpect(jsonPath("$.ontvangen[0].aanvraagId").doesNotExist())
                .andExpect(jsonPath("$.ontvangen[0].correlationId").doesNotExist());
    }

    @Test
    void deleteWistAlles() throws Exception {
        mvc.perform(personen(raadpleeg("999991802", "naam"))).andExpect(status().isOk());
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }
}
