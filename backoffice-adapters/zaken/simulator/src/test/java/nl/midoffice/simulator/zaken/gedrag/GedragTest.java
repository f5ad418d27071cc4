package nl.midoffice.simulator.zaken.gedrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.midoffice.simulator.zaken.SimulatorTest;
import nl.midoffice.simulator.zaken.Zgw;
import nl.midoffice.simulator.zaken.zgw.FilterVolgorde;

@SimulatorTest
class GedragTest {

    @Autowired
    MockMvc mvc;

    /** simulator-support's failure-mode filter, placed by simulator.gedrag.* in application.properties. */
    @Autowired
    @Qualifier("simulatorGedragFilter")
    FilterRegistrationBean<?> gedragFilter;

    @BeforeEach
    void schoon() throws Exception {
        Zgw.herstel(mvc);
    }

    @AfterEach
    void normaal() throws Exception {
        zet("{\"modus\":\"NORMAAL\"}").andExpect(status().isOk());
    }

    @Test
    void storingGeeft503OpDeApisTerwijlControleApiEnPaginaBlijvenWerken() throws Exception {
        zet("{\"modus\":\"STORING\"}").andExpect(jsonPath("$.modus").value("STORING"));

        mvc.perform(Zgw.maakZaak(Zgw.zaak("MOR-1", Zgw.ZAAKTYPE_MELDING)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("API-version", "1.5.1"))
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.code").value("service_unavailable"));
        // an outage answers before authentication, as a load balancer in front of a dead ZRC would
        mvc.perform(get("/zaken/api/v1/zaken")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/catalogi/api/v1/zaaktypen")).andExpect(status().isServiceUnavailable());

        mvc.perform(get("/simulator/ontvangen")).andExpect(status().isOk())
                .andExpect(jsonPath("$.ontvangen.length()").value(0));
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void foutkansEenGeeftAltijd500EnSlaatNietsOp() throws Exception {
        zet("{\"modus\":\"NORMAAL\",\"foutkans\":1.0}").andExpect(jsonPath("$.foutkans").value(1.0));

        mvc.perform(Zgw.maakZaak(Zgw.zaak("MOR-1", Zgw.ZAAKTYPE_MELDING)))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("error"));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }

    @Test
    void traagVertraagtDeVerwerking() throws Exception {
        zet("{\"modus\":\"TRAAG\",\"vertragingMs\":300}").andExpect(jsonPath("$.vertragingMs").value(300));

        long start = System.nanoTime();
        mvc.perform(Zgw.maakZaak(Zgw.zaak("MOR-1", Zgw.ZAAKTYPE_MELDING))).andExpect(status().isCreated());
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void deStoringsfilterDektBeideApisTussenDeApiKoppenEnDeAuthenticatie() {
        assertThat(gedragFilter.getUrlPatterns())
                .containsExactlyInAnyOrder(FilterVolgorde.ZAKEN_API, FilterVolgorde.CATALOGI_API);
        assertThat(gedragFilter.getOrder()).isEqualTo(FilterVolgorde.GEDRAG)
                .isGreaterThan(FilterVolgorde.API_KOP).isLessThan(FilterVolgorde.AUTHENTICATIE);
    }

    private ResultActions zet(String json) throws Exception {
        return mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
