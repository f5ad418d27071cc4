package nl.midoffice.simulator.legacysuite.zds;

import static nl.midoffice.simulator.legacysuite.Berichten.STUF;
import static nl.midoffice.simulator.legacysuite.Berichten.tekst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.midoffice.simulator.legacysuite.Berichten;

@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class OntvangAsynchroonTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void leeg() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
    }

    @Test
    void voorbeeldWordtBevestigdMetBv03() throws Exception {
        MvcResult antwoord = mvc.perform(post("/zds/OntvangAsynchroon")
                        .contentType("text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"" + Berichten.CREEER_ZAAK_ZDS12 + "\"")
                        .header("X-Correlation-ID", "corr-123")
                        .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                        .content(Berichten.creeerZaak()))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(antwoord.getResponse().getContentType()).isEqualTo("text/xml;charset=UTF-8");
        String xml = antwoord.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tekst(xml, STUF, "berichtcode")).isEqualTo("Bv03");
        assertThat(tekst(xml, STUF, "crossRefnummer")).isEqualTo(Berichten.VOORBEELD_REFERENTIE);
        assertThat(Berichten.teksten(xml, STUF, "applicatie")).containsExactly("LEGACYSUITE", "MIDOFFICE");
        assertThat(Berichten.teksten(xml, STUF, "organisatie")).containsExactly("9001", "9001");

        mvc.perform(get("/simulator/ontvangen"))
                .andExpect(jsonPath("$.ontvangen.length()").value(1))
                .andExpect(jsonPath("$.ontvangen[0].zaakIdentificatie").value(Berichten.VOORBEELD_ID))
                .andExpect(jsonPath("$.ontvangen[0].aanvraagId").value(Berichten.VOORBEELD_AANVRAAG))
                .andExpect(jsonPath("$.ontvangen[0].correlationId").value("corr-123"))
                .andExpect(jsonPath("$.ontvangen[0].traceparent").value("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
                .andExpect(jsonPath("$.ontvangen[0].gemeente").value("9001"))
                .andExpect(jsonPath("$.ontvangen[0].zaaktype").value("melding-openbare-ruimte"))
                .andExpect(jsonPath("$.ontvangen[0].initiatorBsn").value("*****3653"))
                .andExpect(jsonPath("$.ontvangen[0].herhalingen").value(0))
                .andExpect(jsonPath("$.ontvangen[0].status").value("GEREGISTREERD"));
    }

    @Test
    void loketMetZds11SoapActionEnAndereNamespacePrefixenWordtGeregistreerd() throws Exception {
        String xml = soap(Berichten.resource("creeerZaak_ZakLk01_loket.xml"), Berichten.CREEER_ZAAK_ZDS11, 200);

        assertThat(tekst(xml, STUF, "crossRefnummer")).isEqualTo("EF-2026-77");
        assertThat(Berichten.teksten(xml, STUF, "applicatie")).containsExactly("LEGACYSUITE", "EFORMULIEREN");
        mvc.perform(get("/simulator/zaken/0002-EF-000077"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zaak.gemeente").value("9002"))
                .andExpect(jsonPath("$.zaak.aanvraagId").isEmpty())
                .andExpect(jsonPath("$.statussen[0].omschrijving").value("Geregistreerd"));
    }

    @Test
    void zonderSoapActionWordtOokAanvaard() throws Exception {
        soap(Berichten.creeerZaak(), null, 200);
        assertThat(aantalOntvangen()).isEqualTo(1);
    }

    @Test
    void herhalingMaaktNietsNieuwsEnTeltMee() throws Exception {
        soap(Berichten.creeerZaak(), Berichten.CREEER_ZAAK_ZDS12, 200);
        String tweede = soap(Berichten.creeerZaak(), Berichten.CREEER_ZAAK_ZDS12, 200);

        assertThat(tekst(tweede, STUF, "berichtcode")).isEqualTo("Bv03");
        mvc.perform(get("/simulator/ontvangen"))
                .andExpect(jsonPath("$.ontvangen.length()").value(1))
                .andExpect(jsonPath("$.ontvangen[0].herhalingen").value(1));
    }

    @Test
    void zelfdeIdentificatieAndereInitiatorGeeftFo03() throws Exception {
        soap(Berichten.creeerZaak(), Berichten.CREEER_ZAAK_ZDS12, 200);
        String fout = soap(Berichten.creeerZaak(Berichten.VOORBEELD_ID, "111222333"), Berichten.CREEER_ZAAK_ZDS12, 500);

        assertClientFout(fout, "StUF046", "Zaak met deze identificatie bestaat al");
        mvc.perform(get("/simulator/ontvangen"))
                .andExpect(jsonPath("$.ontvangen[0].initiatorBsn").value("*****3653"))
                .andExpect(jsonPath("$.ontvangen[0].herhalingen").value(0));
    }

    @Test
    void ongeldigBsnGeeftFo03EnSlaatNietsOp(CapturedOutput log) throws Exception {
        String fout = soap(Berichten.creeerZaak("Z-BSN", "123456789"), Berichten.CREEER_ZAAK_ZDS12, 500);

        assertClientFout(fout, "StUF055", "Ongeldig BSN van de initiator");
        assertThat(tekst(fout, STUF, "details")).isEqualTo("inp.bsn voldoet niet aan de elfproef");
        assertThat(tekst(fout, STUF, "crossRefnummer")).isEqualTo(Berichten.VOORBEELD_REFERENTIE);
        assertThat(aantalOntvangen()).isZero();
        assertThat(log.getAll()).doesNotContain("123456789");
    }

    @Test
    void ontbrekendeIdentificatieGeeftFo03() throws Exception {
        String fout = soap(Berichten.creeerZaak().replace("<ZKN:identificatie>MO-2026-000001</ZKN:identificatie>",
                "<ZKN:identificatie xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>"),
                Berichten.CREEER_ZAAK_ZDS12, 500);
        assertClientFout(fout, "StUF052", "Zaakidentificatie ontbreekt");
        assertThat(aantalOntvangen()).isZero();
    }

    @Test
    void onbekendeSoapActionGeeftFo03() throws Exception {
        String fout = soap(Berichten.creeerZaak(), "http://www.stufstandaarden.nl/koppelvlak/zds0120/updateZaak_ZakLk01", 500);
        assertClientFout(fout, "StUF003", "Onbekende SOAPAction");
        assertThat(aantalOntvangen()).isZero();
    }

    @Test
    void anderBerichtOpDitEndpointGeeftFo03() throws Exception {
        String fout = soap(Berichten.geefZaakstatus(Berichten.VOORBEELD_ID), null, 500);
        assertClientFout(fout, "StUF003", "Bericht niet ondersteund op dit endpoint");
    }

    @Test
    void nietWelgevormdeXmlGeeftFo03ZonderStacktrace() throws Exception {
        String fout = soap(Berichten.creeerZaak().substring(0, 400), Berichten.CREEER_ZAAK_ZDS12, 500);
        assertClientFout(fout, "StUF001", "Bericht is geen welgevormde XML");
        assertThat(fout).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void doctypeMetExterneEntiteitGeeftFo03EnSlaatNietsOp() throws Exception {
        String fout = soap(Berichten.resource("xxe_bestand.xml").replace("GEHEIM_BESTAND", "file:///etc/passwd"),
                Berichten.CREEER_ZAAK_ZDS12, 500);
        assertClientFout(fout, "StUF001", "DOCTYPE niet toegestaan");
        assertThat(fout).doesNotContain("root:");
        assertThat(aantalOntvangen()).isZero();
    }

    @Test
    void billionLaughsGeeftFo03EnSlaatNietsOp() throws Exception {
        String fout = soap(Berichten.resource("billion_laughs.xml"), Berichten.CREEER_ZAAK_ZDS12, 500);
        assertClientFout(fout, "StUF001", "DOCTYPE niet toegestaan");
        assertThat(aantalOntvangen()).isZero();
    }

    @Test
    void gelijktijdigeAfleveringenVanDezelfdeZaakMakenEenZaak() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statussen = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                statussen.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/zds/OntvangAsynchroon").contentType("text/xml")
                            .content(Berichten.creeerZaak("Z-GELIJK", "999993653"))).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> s : statussen) {
                assertThat(s.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        mvc.perform(get("/simulator/ontvangen"))
                .andExpect(jsonPath("$.ontvangen.length()").value(1))
                .andExpect(jsonPath("$.ontvangen[0].herhalingen").value(threads - 1));
    }

    @Test
    void volledigBsnKomtNietInDeLog(CapturedOutput log) throws Exception {
        soap(Berichten.creeerZaak(), Berichten.CREEER_ZAAK_ZDS12, 200);
        soap(Berichten.creeerZaak(), Berichten.CREEER_ZAAK_ZDS12, 200);
        assertThat(log.getAll()).contains(Berichten.VOORBEELD_ID).doesNotContain(Berichten.VOORBEELD_BSN);
    }

    private String soap(String xml, String soapAction, int verwachteStatus) throws Exception {
        var verzoek = post("/zds/OntvangAsynchroon").contentType("text/xml; charset=UTF-8").content(xml);
        if (soapAction != null) {
            verzoek.header("SOAPAction", soapAction);
        }
        return mvc.perform(verzoek).andExpect(status().is(verwachteStatus))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int aantalOntvangen() throws Exception {
        String json = mvc.perform(get("/simulator/ontvangen")).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(json, "$.ontvangen.length()");
    }

    static void assertClientFout(String xml, String code, String omschrijving) {
        assertThat(tekst(xml, null, "faultcode")).isEqualTo("soap:Client");
        assertThat(tekst(xml, null, "faultstring")).isEqualTo(omschrijving);
        assertThat(tekst(xml, STUF, "berichtcode")).isEqualTo("Fo03");
        assertThat(tekst(xml, STUF, "code")).isEqualTo(code);
        assertThat(tekst(xml, STUF, "plek")).isEqualTo("client");
        assertThat(tekst(xml, STUF, "omschrijving")).isEqualTo(omschrijving);
    }
}
