package nl.midoffice.simulator.zaken.zaak;

import static nl.midoffice.simulator.zaken.Zgw.maakZaak;
import static nl.midoffice.simulator.zaken.Zgw.zaak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.midoffice.simulator.zaken.SimulatorTest;
import nl.midoffice.simulator.zaken.Zgw;

@SimulatorTest
class ZakenApiTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void schoon() throws Exception {
        Zgw.herstel(mvc);
    }

    @Test
    void zaakAanmakenGeeft201MetAbsoluteUrlEnAlleVerplichteVelden() throws Exception {
        mvc.perform(maakZaak(zaak("MOR-2026-0001", Zgw.ZAAKTYPE_MELDING)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Content-Crs", "EPSG:4326"))
                .andExpect(header().string("API-version", "1.5.1"))
                .andExpect(header().string("Location", startsWith("http://localhost/zaken/api/v1/zaken/")))
                .andExpect(jsonPath("$.url").value(startsWith("http://localhost/zaken/api/v1/zaken/")))
                .andExpect(jsonPath("$.uuid").isNotEmpty())
                .andExpect(jsonPath("$.identificatie").value("MOR-2026-0001"))
                .andExpect(jsonPath("$.bronorganisatie").value(Zgw.RSIN))
                .andExpect(jsonPath("$.zaaktype").value(Zgw.ZAAKTYPE_MELDING))
                .andExpect(jsonPath("$.startdatum").value("2026-03-02"))
                .andExpect(jsonPath("$.registratiedatum").value(LocalDate.now(AMSTERDAM).toString()))
                .andExpect(jsonPath("$.vertrouwelijkheidaanduiding").value("openbaar"))
                .andExpect(jsonPath("$.status").isEmpty())
                .andExpect(jsonPath("$.einddatum").isEmpty())
                .andExpect(jsonPath("$.rollen").isArray())
                .andExpect(jsonPath("$.kenmerken[0].bron").value("midoffice-aanvraag"));
    }

    @Test
    void zonderIdentificatieGenereertHetZaaksysteemEen() throws Exception {
        String jaar = String.valueOf(LocalDate.now(AMSTERDAM).getYear());
        mvc.perform(maakZaak(zaak(null, Zgw.ZAAKTYPE_MELDING)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.identificatie").value("ZAAK-" + jaar + "-0000000001"));
        mvc.perform(maakZaak(zaak(null, Zgw.ZAAKTYPE_MELDING)))
                .andExpect(jsonPath("$.identificatie").value("ZAAK-" + jaar + "-0000000002"));
    }

    @Test
    void zaakOpvragenEnOnbekendeZaakGeeft404() throws Exception {
        String url = Zgw.zaakUrl(mvc, "MOR-1");
        mvc.perform(Zgw.lees(url.substring(Zgw.BASIS.length())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Crs", "EPSG:4326"))
                .andExpect(jsonPath("$.url").value(url))
                .andExpect(jsonPath("$.identificatie").value("MOR-1"));
        mvc.perform(Zgw.lees("/zaken/api/v1/zaken/5d2b8c9e-0000-4000-8000-000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not_found"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(Zgw.lees("/zaken/api/v1/zaken/geen-uuid")).andExpect(status().isNotFound());
    }

    @Test
    void lijstIsGepagineerdEnFiltertOpIdentificatieBronorganisatieEnZaaktype() throws Exception {
        Zgw.zaakUrl(mvc, "MOR-1");
        Zgw.zaakUrl(mvc, "MOR-2");
        mvc.perform(maakZaak(zaak("VH-1", Zgw.ZAAKTYPE_VERHUIZING))).andExpect(status().isCreated());

        mvc.perform(Zgw.lees("/zaken/api/v1/zaken"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Crs", "EPSG:4326"))
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.next").isEmpty())
                .andExpect(jsonPath("$.previous").isEmpty())
                .andExpect(jsonPath("$.results.length()").value(3));
        mvc.perform(Zgw.lees("/zaken/api/v1/zaken").param("identificatie", "MOR-2").param("bronorganisatie", Zgw.RSIN))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.results[0].identificatie").value("MOR-2"));
        mvc.perform(Zgw.lees("/zaken/api/v1/zaken").param("zaaktype", Zgw.ZAAKTYPE_VERHUIZING))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.results[0].identificatie").value("VH-1"))
                .andExpect(jsonPath("$.results[0].vertrouwelijkheidaanduiding").value("vertrouwelijk"));
        mvc.perform(Zgw.lees("/zaken/api/v1/zaken").param("bronorganisatie", Zgw.ANDERE_RSIN))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(Zgw.lees("/zaken/api/v1/zaken").param("page", "2"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Ongeldige pagina."));
    }

    @Test
    void bronorganisatieDieNietDoorDeElfproefKomtGeeft400ZoalsOpenZaak() throws Exception {
        String json = zaak("MOR-1", Zgw.ZAAKTYPE_MELDING).replace("\"bronorganisatie\": \"002220647\"",
                "\"bronorganisatie\": \"123456789\"");
        mvc.perform(maakZaak(json))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value(startsWith("urn:uuid:")))
                .andExpect(jsonPath("$.invalidParams[0].name").value("bronorganisatie"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("invalid"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Onjuist RSIN nummer."));
        mvc.perform(maakZaak(json.replace("123456789", "12345"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("invalid-length"));
        mvc.perform(Zgw.lees("/zaken/api/v1/zaken")).andExpect(jsonPath("$.count").value(0));
    }

    @Test
    void verplichteVeldenOntbrekenAlleInEenAntwoord() throws Exception {
        mvc.perform(maakZaak("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(hasItem("bronorganisatie")))
                .andExpect(jsonPath("$.invalidParams[*].name").value(hasItem("verantwoordelijkeOrganisatie")))
                .andExpect(jsonPath("$.invalidParams[*].name").value(hasItem("zaaktype")))
                .andExpect(jsonPath("$.invalidParams[*].name").value(hasItem("startdatum")))
                .andExpect(jsonPath("$.invalidParams[*].code").value(hasItem("required")));
    }

    @Test
    void onbekendZaaktypeGeeftBadUrl() throws Exception {
        mvc.perform(maakZaak(zaak("MOR-1", "http://localhost/catalogi/api/v1/zaaktypen/0d7f0000-0000-4000-8000-000000000000")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("zaaktype"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("bad-url"));
    }

    @Test
    void dezelfdeIdentificatieBijDezelfdeBronorganisatieGeeftIdentificatieNietUniek() throws Exception {
        String url = Zgw.zaakUrl(mvc, "MOR-2026-0042");

        mvc.perform(maakZaak(zaak("MOR-2026-0042", Zgw.ZAAKTYPE_MELDING)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("identificatie"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("identificatie-niet-uniek"));

        // what an adapter does next: look the zaak up and treat it as already registered
        mvc.perform(Zgw.lees("/zaken/api/v1/zaken").param("identificatie", "MOR-2026-0042")
                        .param("bronorganisatie", Zgw.RSIN))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.results[0].url").value(url));
        mvc.perform(get("/simulator/ontvangen"))
                .andExpect(jsonPath("$.ontvangen.length()").value(1))
                .andExpect(jsonPath("$.ontvangen[0].herhalingen").value(1));

        // another bronorganisatie may use the same identificatie
        mvc.perform(maakZaak(zaak("MOR-2026-0042", Zgw.ZAAKTYPE_MELDING)
                        .replace("\"bronorganisatie\": \"" + Zgw.RSIN + "\"", "\"bronorganisatie\": \"" + Zgw.ANDERE_RSIN + "\"")))
                .andExpect(status().isCreated());
    }

    @Test
    void zonderAcceptCrsOfContentCrsGeeft412() throws Exception {
        mvc.perform(post("/zaken/api/v1/zaken").header("Authorization", "Bearer " + Zgw.demoToken())
                        .header("Content-Crs", "EPSG:4326").contentType(MediaType.APPLICATION_JSON)
                        .content(zaak("MOR-1", Zgw.ZAAKTYPE_MELDING)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("missing-accept-crs-header"));
        mvc.perform(post("/zaken/api/v1/zaken").header("Authorization", "Bearer " + Zgw.demoToken())
                        .header("Accept-Crs", "EPSG:4326").contentType(MediaType.APPLICATION_JSON)
                        .content(zaak("MOR-1", Zgw.ZAAKTYPE_MELDING)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("missing-content-crs-header"));
        mvc.perform(get("/zaken/api/v1/zaken").header("Authorization", "Bearer " + Zgw.demoToken()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("missing-accept-crs-header"));
        mvc.perform(Zgw.lees("/zaken/api/v1/zaken").header("Accept-Crs", "EPSG:28992"))
                .andExpect(status().isNotAcceptable());
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }

    @Test
    void geenJsonGeeft400ParseErrorEnAnderContentTypeGeeft415() throws Exception {
        mvc.perform(maakZaak("{kapot")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("parse_error"));
        mvc.perform(maakZaak("<zaak/>").contentType(MediaType.APPLICATION_XML))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void controleApiTeltElkeZaakEenKeerMetAanvraagIdEnCorrelationId() throws Exception {
        mvc.perform(maakZaak(zaak("MOR-1", Zgw.ZAAKTYPE_MELDING)).header("X-Correlation-ID", "corr-1"))
                .andExpect(status().isCreated());
        mvc.perform(maakZaak(zaak("MOR-2", Zgw.ZAAKTYPE_MELDING)).header("X-Aanvraag-ID", "uit-kop"))
                .andExpect(status().isCreated());

        String json = mvc.perform(get("/simulator/ontvangen")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(json, "$.ontvangen.length()")).isEqualTo(2);
        assertThat((String) JsonPath.read(json, "$.ontvangen[1].identificatie")).isEqualTo("MOR-1");
        assertThat((String) JsonPath.read(json, "$.ontvangen[1].aanvraagId")).isEqualTo("aanvraag-123");
        assertThat((String) JsonPath.read(json, "$.ontvangen[1].correlationId")).isEqualTo("corr-1");
        assertThat((String) JsonPath.read(json, "$.ontvangen[1].zaakUrl")).startsWith("http://localhost/zaken/api/v1/zaken/");
        assertThat((String) JsonPath.read(json, "$.ontvangen[1].zaaktype")).isEqualTo(Zgw.ZAAKTYPE_MELDING);
        assertThat((String) JsonPath.read(json, "$.ontvangen[1].bronorganisatie")).isEqualTo(Zgw.RSIN);
        assertThat((String) JsonPath.read(json, "$.ontvangen[1].ontvangenOp")).isNotBlank();
        assertThat((Object) JsonPath.read(json, "$.ontvangen[1].status")).isNull();
        assertThat((String) JsonPath.read(json, "$.ontvangen[0].aanvraagId")).isEqualTo("uit-kop");

        mvc.perform(delete("/simulator/ontvangen"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
    }
}
