package nl.midoffice.simulator.zaken.catalogus;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.midoffice.simulator.zaken.SimulatorTest;
import nl.midoffice.simulator.zaken.Zgw;

@SimulatorTest
class CatalogusTest {

    @Autowired
    MockMvc mvc;

    @Test
    void zaaktypePerProductMetStatustypenEnInitiator() throws Exception {
        mvc.perform(get("/catalogi/api/v1/zaaktypen").param("identificatie", "verhuizing"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.results[0].url").value(Zgw.ZAAKTYPE_VERHUIZING))
                .andExpect(jsonPath("$.results[0].statustypen.length()").value(4))
                .andExpect(jsonPath("$.results[0].roltypen[0]").value(Zgw.INITIATOR));
        mvc.perform(get(Zgw.ZAAKTYPE_MELDING.substring(Zgw.BASIS.length())))
                .andExpect(jsonPath("$.identificatie").value("melding-openbare-ruimte"));
        mvc.perform(get(Zgw.AFGEHANDELD.substring(Zgw.BASIS.length())))
                .andExpect(jsonPath("$.omschrijving").value("Afgehandeld"))
                .andExpect(jsonPath("$.volgnummer").value(3))
                .andExpect(jsonPath("$.isEindstatus").value(true));
        mvc.perform(get(Zgw.ONTVANGEN.substring(Zgw.BASIS.length())))
                .andExpect(jsonPath("$.volgnummer").value(1))
                .andExpect(jsonPath("$.isEindstatus").value(false));
        mvc.perform(get(Zgw.INITIATOR.substring(Zgw.BASIS.length())))
                .andExpect(jsonPath("$.omschrijvingGeneriek").value("initiator"));
        mvc.perform(get("/catalogi/api/v1/statustypen/0d7f0000-0000-4000-8000-000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));
    }
}
