package nl.midoffice.simulator.zaken.conformiteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.jayway.jsonpath.JsonPath;

import nl.midoffice.simulator.zaken.SimulatorTest;
import nl.midoffice.simulator.zaken.Zgw;

/**
 * Answers checked against the official Zaken API 1.5.1 OpenAPI document with the Atlassian
 * swagger-request-validator: status code known for the operation, body matching its schema.
 */
@SimulatorTest
class SpecConformiteitTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void schoon() throws Exception {
        Zgw.herstel(mvc);
    }

    @Test
    void aangemaakteZaakVoldoetAanHetZaakSchema() throws Exception {
        MockHttpServletResponse antwoord = voer(Zgw.maakZaak(Zgw.zaak("MOR-1", Zgw.ZAAKTYPE_MELDING)), 201);
        assertConform("/zaken/api/v1/zaken", Request.Method.POST, antwoord);
    }

    @Test
    void zaakMetStatusEnRolVoldoetBijOpvragenEnInDeLijst() throws Exception {
        String zaakUrl = Zgw.zaakUrl(mvc, "MOR-1");
        MockHttpServletResponse status = voer(Zgw.maak("/zaken/api/v1/statussen",
                Zgw.statusBody(zaakUrl, Zgw.ONTVANGEN, "2026-03-02T10:00:00Z")), 201);
        assertConform("/zaken/api/v1/statussen", Request.Method.POST, status);
        MockHttpServletResponse rol = voer(Zgw.maak("/zaken/api/v1/rollen", Zgw.initiator(zaakUrl, Zgw.BSN)), 201);
        assertConform("/zaken/api/v1/rollen", Request.Method.POST, rol);

        String pad = zaakUrl.substring(Zgw.BASIS.length());
        assertConform(pad, Request.Method.GET, voer(Zgw.lees(pad), 200));
        assertConform("/zaken/api/v1/zaken", Request.Method.GET, voer(Zgw.lees("/zaken/api/v1/zaken"), 200));
        assertConform("/zaken/api/v1/statussen", Request.Method.GET,
                voer(Zgw.lees("/zaken/api/v1/statussen").param("zaak", zaakUrl), 200));
        assertConform("/zaken/api/v1/rollen", Request.Method.GET,
                voer(Zgw.lees("/zaken/api/v1/rollen").param("zaak", zaakUrl), 200));
        String statusPad = ((String) JsonPath.read(status.getContentAsString(StandardCharsets.UTF_8), "$.url"))
                .substring(Zgw.BASIS.length());
        assertConform(statusPad, Request.Method.GET, voer(Zgw.lees(statusPad), 200));
    }

    @Test
    void validatiefoutVoldoetAanValidatieFout() throws Exception {
        String json = Zgw.zaak("MOR-1", Zgw.ZAAKTYPE_MELDING).replace(Zgw.RSIN, "123456789");
        assertConform("/zaken/api/v1/zaken", Request.Method.POST, voer(Zgw.maakZaak(json), 400));
        Zgw.zaakUrl(mvc, "MOR-2");
        assertConform("/zaken/api/v1/zaken", Request.Method.POST,
                voer(Zgw.maakZaak(Zgw.zaak("MOR-2", Zgw.ZAAKTYPE_MELDING)), 400));
    }

    @Test
    void authenticatieEnAndereFoutenVoldoenAanFout() throws Exception {
        assertConform("/zaken/api/v1/zaken", Request.Method.GET,
                voer(get("/zaken/api/v1/zaken").header("Accept-Crs", "EPSG:4326"), 401));
        assertConform("/zaken/api/v1/zaken", Request.Method.POST,
                voer(post("/zaken/api/v1/zaken").header("Authorization", "Bearer " + Zgw.token("onbekend",
                                Zgw.DEMO_SECRET, Instant.now())).header("Accept-Crs", "EPSG:4326")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"), 403));
        assertConform("/zaken/api/v1/zaken", Request.Method.GET,
                voer(get("/zaken/api/v1/zaken").header("Authorization", "Bearer " + Zgw.demoToken()), 412));
        String onbekend = "/zaken/api/v1/zaken/0d7f0000-0000-4000-8000-000000000000";
        assertConform(onbekend, Request.Method.GET, voer(Zgw.lees(onbekend), 404));
    }

    @Test
    void deValidatorKeurtEenAfwijkendAntwoordAf() throws Exception {
        // the checks must be able to fail: a zaak without its required bronorganisatie, a rol whose
        // betrokkeneIdentificatie breaks the natuurlijk_persoon_Rol schema the discriminator points to
        String zaakJson = voer(Zgw.maakZaak(Zgw.zaak("MOR-1", Zgw.ZAAKTYPE_MELDING)), 201)
                .getContentAsString(StandardCharsets.UTF_8);
        String zonder = zaakJson.replace("\"bronorganisatie\":\"" + Zgw.RSIN + "\",", "");
        assertThat(rapport(ZakenSpecificatie.strikt(), "/zaken/api/v1/zaken", Request.Method.POST, 201, zonder).hasErrors())
                .as("strikt: zaak zonder bronorganisatie").isTrue();
        String zaakPad = ((String) JsonPath.read(zaakJson, "$.url")).substring(Zgw.BASIS.length());
        assertThat(rapport(ZakenSpecificatie.open(), zaakPad, Request.Method.GET, 200, zonder).hasErrors())
                .as("open: zaak zonder bronorganisatie").isTrue();

        String rolJson = voer(Zgw.maak("/zaken/api/v1/rollen", Zgw.initiator((String) JsonPath.read(zaakJson, "$.url"),
                Zgw.BSN)), 201).getContentAsString(StandardCharsets.UTF_8);
        String teLang = rolJson.replace("\"inpBsn\":\"" + Zgw.BSN + "\"", "\"inpBsn\":\"9999936530000\"");
        assertThat(rapport(ZakenSpecificatie.open(), "/zaken/api/v1/rollen", Request.Method.POST, 201, teLang).hasErrors())
                .as("open: inpBsn langer dan 9 tekens").isTrue();
    }

    private static ValidationReport rapport(OpenApiInteractionValidator validator, String pad,
                                            Request.Method methode, int status, String body) {
        return validator.validateResponse(pad, methode, SimpleResponse.Builder.status(status)
                .withContentType("application/json").withBody(ZakenSpecificatie.zonderNullBijSamengesteldeTypen(body)).build());
    }

    private MockHttpServletResponse voer(MockHttpServletRequestBuilder verzoek, int verwacht) throws Exception {
        return mvc.perform(verzoek).andExpect(status().is(verwacht)).andReturn().getResponse();
    }

    private static void assertConform(String pad, Request.Method methode, MockHttpServletResponse antwoord)
            throws Exception {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(antwoord.getStatus())
                .withContentType(antwoord.getContentType())
                .withBody(ZakenSpecificatie.zonderNullBijSamengesteldeTypen(antwoord.getContentAsString(StandardCharsets.UTF_8)));
        for (String naam : antwoord.getHeaderNames()) {
            response.withHeader(naam, antwoord.getHeaders(naam));
        }
        // read answers (ZaakExpanded, StatusExpanded) and Rol are allOf compositions: see ZakenSpecificatie#open
        boolean samengesteld = pad.contains("/rollen") || (methode == Request.Method.GET && antwoord.getStatus() == 200);
        ValidationReport rapport = (samengesteld ? ZakenSpecificatie.open() : ZakenSpecificatie.strikt())
                .validateResponse(pad, methode, response.build());
        assertThat(rapport.getMessages())
                .as("%s %s → %d volgens zgw-zaken-api-1.5.1.openapi.yaml", methode, pad, antwoord.getStatus())
                .filteredOn(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .isEmpty();
    }
}
