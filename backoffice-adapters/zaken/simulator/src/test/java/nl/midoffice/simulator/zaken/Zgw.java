package nl.midoffice.simulator.zaken;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import nl.midoffice.simulator.zaken.catalogus.Catalogus;

/** What tests send: ZGW JWTs, zaak bodies and the calls that go with them. */
public final class Zgw {

    public static final String DEMO_CLIENT = "midoffice";
    public static final String DEMO_SECRET = "demo-only-zaken-secret-change-me-0123456789";
    public static final String ALLEEN_LEZEN_SECRET = "alleen-lezen-test-secret-0123456789abcdef";
    /** Valid RSINs (11-proef), as in the Open Zaak examples. */
    public static final String RSIN = "002220647";
    public static final String ANDERE_RSIN = "517439943";
    public static final String BSN = "999993653";
    public static final String BASIS = "http://localhost";
    public static final String ZAAKTYPE_MELDING = BASIS + Catalogus.ZAAKTYPEN + Catalogus.MELDING_OPENBARE_RUIMTE.uuid();
    public static final String ZAAKTYPE_VERHUIZING = BASIS + Catalogus.ZAAKTYPEN + Catalogus.VERHUIZING.uuid();
    public static final String ONTVANGEN = BASIS + Catalogus.STATUSTYPEN + Catalogus.ONTVANGEN.uuid();
    public static final String IN_BEHANDELING = BASIS + Catalogus.STATUSTYPEN + Catalogus.IN_BEHANDELING.uuid();
    public static final String AFGEHANDELD = BASIS + Catalogus.STATUSTYPEN + Catalogus.AFGEHANDELD.uuid();
    public static final String INITIATOR = BASIS + Catalogus.ROLTYPEN + Catalogus.INITIATOR.uuid();
    public static final String ABONNEMENTEN = "/notificaties/api/v1/abonnement";

    private Zgw() {
    }

    public static String token(String clientId, String secret, Instant iat) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).claim("client_id", clientId)
                    .issueTime(Date.from(iat)).claim("user_id", "test").claim("user_representation", "Test").build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String demoToken() {
        return token(DEMO_CLIENT, DEMO_SECRET, Instant.now());
    }

    public static String zaak(String identificatie, String zaaktype) {
        return """
                {%s"bronorganisatie": "%s", "zaaktype": "%s", "verantwoordelijkeOrganisatie": "%s",
                 "startdatum": "2026-03-02", "omschrijving": "Melding openbare ruimte: straatverlichting",
                 "kenmerken": [{"kenmerk": "aanvraag-123", "bron": "midoffice-aanvraag"}]}"""
                .formatted(identificatie == null ? "" : "\"identificatie\": \"" + identificatie + "\", ", RSIN, zaaktype, RSIN);
    }

    public static MockHttpServletRequestBuilder maakZaak(String json) {
        return post("/zaken/api/v1/zaken").header("Authorization", "Bearer " + demoToken())
                .header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326")
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    public static MockHttpServletRequestBuilder lees(String pad) {
        return get(pad).header("Authorization", "Bearer " + demoToken()).header("Accept-Crs", "EPSG:4326");
    }

    public static MockHttpServletRequestBuilder maak(String pad, String json) {
        return post(pad).header("Authorization", "Bearer " + demoToken())
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** Creates a zaak and returns its URL. */
    public static String zaakUrl(MockMvc mvc, String identificatie) throws Exception {
        String json = mvc.perform(maakZaak(zaak(identificatie, ZAAKTYPE_MELDING))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.url");
    }

    public static String statusBody(String zaakUrl, String statustype, String datum) {
        return """
                {"zaak": "%s", "statustype": "%s", "datumStatusGezet": "%s", "statustoelichting": "Toelichting"}"""
                .formatted(zaakUrl, statustype, datum);
    }

    public static String initiator(String zaakUrl, String bsn) {
        return """
                {"zaak": "%s", "betrokkeneType": "natuurlijk_persoon", "roltype": "%s", "roltoelichting": "Inwoner",
                 "betrokkeneIdentificatie": {"inpBsn": "%s", "geslachtsnaam": "Boer"}}""".formatted(zaakUrl, INITIATOR, bsn);
    }

    /** An abonnement on kanaal zaken; {@code filters} is a JSON object, e.g. {@code {}}. */
    public static String abonnement(String callbackUrl, String auth, String filters) {
        return """
                {"callbackUrl": "%s", "auth": "%s", "kanalen": [{"naam": "zaken", "filters": %s}]}"""
                .formatted(callbackUrl, auth, filters);
    }

    /** {@code POST /abonnement} of the Notificaties API with the demo client's token. */
    public static MockHttpServletRequestBuilder abonneer(String json) {
        return maak(ABONNEMENTEN, json);
    }

    /** A clean simulator: no zaken, abonnementen or notifications, behaviour NORMAAL. */
    public static void herstel(MockMvc mvc) throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
        List<String> abonnementen = JsonPath.read(mvc.perform(lees(ABONNEMENTEN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$[*].url");
        for (String url : abonnementen) {
            mvc.perform(delete(url.substring(BASIS.length())).header("Authorization", "Bearer " + demoToken()))
                    .andExpect(status().isNoContent());
        }
        mvc.perform(delete("/simulator/notificaties")).andExpect(status().isNoContent());
        mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content("{\"modus\":\"NORMAAL\"}"))
                .andExpect(status().isOk());
    }
}
