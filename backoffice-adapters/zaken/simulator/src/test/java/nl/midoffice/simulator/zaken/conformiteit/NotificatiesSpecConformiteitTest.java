package nl.midoffice.simulator.zaken.conformiteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.jayway.jsonpath.JsonPath;

import nl.midoffice.simulator.zaken.SimulatorTest;
import nl.midoffice.simulator.zaken.Zgw;

/**
 * Answers of the simulator's Notificaties API ({@code /abonnement}) checked against the official Notificaties
 * API 1.0.0 OpenAPI document with the Atlassian swagger-request-validator: status code known for the operation,
 * body matching its schema.
 */
@SimulatorTest
class NotificatiesSpecConformiteitTest {

    private static final String CALLBACK = "http://localhost:9/api/v1/callbacks/zaken";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void schoon() throws Exception {
        Zgw.herstel(mvc);
    }

    @Test
    void abonnementAanmakenOpvragenBijwerkenEnOpzeggen() throws Exception {
        MockHttpServletResponse gemaakt = voer(Zgw.abonneer(Zgw.abonnement(CALLBACK, "Bearer geheim",
                "{\"bronorganisatie\": \"" + Zgw.RSIN + "\"}")), 201);
        assertConform(Zgw.ABONNEMENTEN, Request.Method.POST, gemaakt);
        assertConform(Zgw.ABONNEMENTEN, Request.Method.GET, voer(Zgw.lees(Zgw.ABONNEMENTEN), 200));

        String pad = ((String) JsonPath.read(gemaakt.getContentAsString(StandardCharsets.UTF_8), "$.url"))
                .substring(Zgw.BASIS.length());
        assertConform(pad, Request.Method.GET, voer(Zgw.lees(pad), 200));
        assertConform(pad, Request.Method.PUT, voer(put(pad).header("Authorization", "Bearer " + Zgw.demoToken())
                .contentType(MediaType.APPLICATION_JSON).content(Zgw.abonnement(CALLBACK, "Bearer nieuw", "{}")), 200));
        assertConform(pad, Request.Method.DELETE,
                voer(delete(pad).header("Authorization", "Bearer " + Zgw.demoToken()), 204));
        assertConform(pad, Request.Method.GET, voer(Zgw.lees(pad), 404));
    }

    @Test
    void foutenVoldoenAanFoutEnValidatieFout() throws Exception {
        assertConform(Zgw.ABONNEMENTEN, Request.Method.POST, voer(Zgw.abonneer("{}"), 400));
        assertConform(Zgw.ABONNEMENTEN, Request.Method.POST, voer(Zgw.abonneer(
                Zgw.abonnement(CALLBACK, "Bearer x", "{\"onbekend\": \"x\"}")), 400));
        assertConform(Zgw.ABONNEMENTEN, Request.Method.GET, voer(get(Zgw.ABONNEMENTEN)
                .header("Authorization", "Bearer niet-eens-een-jwt"), 401));
        assertConform(Zgw.ABONNEMENTEN, Request.Method.POST, voer(post(Zgw.ABONNEMENTEN)
                .header("Authorization", "Bearer " + Zgw.token("alleenlezen", Zgw.ALLEEN_LEZEN_SECRET, Instant.now()))
                .contentType(MediaType.APPLICATION_JSON).content(Zgw.abonnement(CALLBACK, "Bearer x", "{}")), 403));
    }

    @Test
    void deValidatorKeurtEenAfwijkendAntwoordAf() throws Exception {
        // the checks must be able to fail: an abonnement without its required callbackUrl, one whose kanaal has
        // no naam, and one that does carry auth but as a number
        String json = voer(Zgw.abonneer(Zgw.abonnement(CALLBACK, "Bearer geheim", "{}")), 201)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(rapport(201, json.replace("\"callbackUrl\":\"" + CALLBACK + "\",", "")).hasErrors())
                .as("zonder callbackUrl").isTrue();
        assertThat(rapport(201, json.replace("\"naam\":\"zaken\"", "\"nam\":\"zaken\"")).hasErrors())
                .as("kanaal zonder naam").isTrue();
        assertThat(rapport(201, json.replace("\"callbackUrl\":", "\"auth\":42,\"callbackUrl\":")).hasErrors())
                .as("auth geen tekst").isTrue();
        assertThat(rapport(201, json).hasErrors()).as("het echte antwoord").isFalse();
    }

    private static ValidationReport rapport(int status, String body) {
        return NotificatiesSpecificatie.validator().validateResponse(Zgw.ABONNEMENTEN, Request.Method.POST,
                SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build());
    }

    private MockHttpServletResponse voer(MockHttpServletRequestBuilder verzoek, int verwacht) throws Exception {
        return mvc.perform(verzoek).andExpect(status().is(verwacht)).andReturn().getResponse();
    }

    private static void assertConform(String pad, Request.Method methode, MockHttpServletResponse antwoord)
            throws Exception {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(antwoord.getStatus());
        if (antwoord.getContentType() != null) {
            response.withContentType(antwoord.getContentType())
                    .withBody(antwoord.getContentAsString(StandardCharsets.UTF_8));
        }
        for (String naam : antwoord.getHeaderNames()) {
            response.withHeader(naam, antwoord.getHeaders(naam));
        }
        ValidationReport rapport = NotificatiesSpecificatie.validator().validateResponse(pad, methode, response.build());
        assertThat(rapport.getMessages())
                .as("%s %s → %d volgens zgw-notificaties-api-1.0.0.openapi.yaml", methode, pad, antwoord.getStatus())
                .filteredOn(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .isEmpty();
    }
}
