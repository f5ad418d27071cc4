package nl.midoffice.simulator.zaken.zaak;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.midoffice.simulator.zaken.SimulatorTest;
import nl.midoffice.simulator.zaken.Zgw;

@SimulatorTest
class StatussenEnRollenTest {

    @Autowired
    MockMvc mvc;

    String zaakUrl;

    @BeforeEach
    void eenZaak() throws Exception {
        Zgw.herstel(mvc);
        zaakUrl = Zgw.zaakUrl(mvc, "MOR-1");
    }

    @Test
    void statusZettenMaaktHemDeStatusVanDeZaak() throws Exception {
        String ontvangen = statusUrl(Zgw.ONTVANGEN, "2026-03-02T10:00:00+01:00");
        mvc.perform(Zgw.lees(pad(zaakUrl))).andExpect(jsonPath("$.status").value(ontvangen));

        String json = mvc.perform(Zgw.maak("/zaken/api/v1/statussen", Zgw.statusBody(zaakUrl, Zgw.IN_BEHANDELING,
                        "2026-03-03T09:30:00Z")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/zaken/api/v1/statussen/")))
                .andExpect(jsonPath("$.zaak").value(zaakUrl))
                .andExpect(jsonPath("$.statustype").value(Zgw.IN_BEHANDELING))
                .andExpect(jsonPath("$.datumStatusGezet").value("2026-03-03T09:30:00Z"))
                .andExpect(jsonPath("$.statustoelichting").value("Toelichting"))
                .andExpect(jsonPath("$.indicatieLaatstGezetteStatus").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String inBehandeling = JsonPath.read(json, "$.url");

        mvc.perform(Zgw.lees(pad(zaakUrl))).andExpect(jsonPath("$.status").value(inBehandeling))
                .andExpect(jsonPath("$.einddatum").isEmpty());
        mvc.perform(Zgw.lees("/zaken/api/v1/statussen").param("zaak", zaakUrl))
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.results[0].url").value(inBehandeling))
                .andExpect(jsonPath("$.results[1].indicatieLaatstGezetteStatus").value(false));
        mvc.perform(Zgw.lees(pad(ontvangen))).andExpect(status().isOk())
                .andExpect(jsonPath("$.statustype").value(Zgw.ONTVANGEN));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen[0].status").value("In behandeling"));
    }

    @Test
    void eindstatusSluitDeZaakAfMetEinddatum() throws Exception {
        statusUrl(Zgw.AFGEHANDELD, "2026-03-05T15:00:00+01:00");
        mvc.perform(Zgw.lees(pad(zaakUrl))).andExpect(jsonPath("$.einddatum").value("2026-03-05"));
    }

    @Test
    void statusMetOnbekendeZaakOfStatustypeGeeft400() throws Exception {
        mvc.perform(Zgw.maak("/zaken/api/v1/statussen", Zgw.statusBody(
                        "http://localhost/zaken/api/v1/zaken/0d7f0000-0000-4000-8000-000000000000", Zgw.ONTVANGEN,
                        "2026-03-02T10:00:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("zaak"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("does_not_exist"));
        mvc.perform(Zgw.maak("/zaken/api/v1/statussen", Zgw.statusBody(zaakUrl,
                        "http://localhost/catalogi/api/v1/statustypen/0d7f0000-0000-4000-8000-000000000000", "gisteren")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("statustype"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("bad-url"))
                .andExpect(jsonPath("$.invalidParams[1].name").value("datumStatusGezet"));
    }

    @Test
    void initiatorRolMetBsn() throws Exception {
        String json = mvc.perform(Zgw.maak("/zaken/api/v1/rollen", Zgw.initiator(zaakUrl, Zgw.BSN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").value(startsWith("http://localhost/zaken/api/v1/rollen/")))
                .andExpect(jsonPath("$.zaak").value(zaakUrl))
                .andExpect(jsonPath("$.betrokkeneType").value("natuurlijk_persoon"))
                .andExpect(jsonPath("$.roltype").value(Zgw.INITIATOR))
                .andExpect(jsonPath("$.omschrijving").value("Initiator"))
                .andExpect(jsonPath("$.omschrijvingGeneriek").value("initiator"))
                .andExpect(jsonPath("$.roltoelichting").value("Inwoner"))
                .andExpect(jsonPath("$.betrokkeneIdentificatie.inpBsn").value(Zgw.BSN))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String rolUrl = JsonPath.read(json, "$.url");

        mvc.perform(Zgw.lees(pad(zaakUrl))).andExpect(jsonPath("$.rollen[0]").value(rolUrl));
        mvc.perform(Zgw.lees("/zaken/api/v1/rollen").param("zaak", zaakUrl))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.results[0].url").value(rolUrl));
        mvc.perform(Zgw.lees("/zaken/api/v1/rollen").param("betrokkeneIdentificatie__natuurlijkPersoon__inpBsn", "111222333"))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(Zgw.lees(pad(rolUrl))).andExpect(jsonPath("$.betrokkeneIdentificatie.inpBsn").value(Zgw.BSN));
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen[0].initiatorBsn").value("*****3653"));
    }

    @Test
    void rolMetOngeldigBsnOfZonderRoltypeGeeft400() throws Exception {
        mvc.perform(Zgw.maak("/zaken/api/v1/rollen", Zgw.initiator(zaakUrl, "123456789")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("betrokkeneIdentificatie.inpBsn"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("invalid"));
        mvc.perform(Zgw.maak("/zaken/api/v1/rollen", "{\"zaak\": \"" + zaakUrl + "\", \"betrokkeneType\": \"natuurlijk_persoon\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("roltype"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("required"));
        mvc.perform(Zgw.lees("/zaken/api/v1/rollen")).andExpect(jsonPath("$.count").value(0));
    }

    private String statusUrl(String statustype, String datum) throws Exception {
        String json = mvc.perform(Zgw.maak("/zaken/api/v1/statussen", Zgw.statusBody(zaakUrl, statustype, datum)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.url");
    }

    private static String pad(String url) {
        return url.substring(Zgw.BASIS.length());
    }
}
