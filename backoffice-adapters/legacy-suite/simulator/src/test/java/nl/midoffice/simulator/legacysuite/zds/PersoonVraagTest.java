package nl.midoffice.simulator.legacysuite.zds;

import static nl.midoffice.simulator.legacysuite.Berichten.BG;
import static nl.midoffice.simulator.legacysuite.Berichten.STUF;
import static nl.midoffice.simulator.legacysuite.Berichten.XSI;
import static nl.midoffice.simulator.legacysuite.Berichten.tekst;
import static nl.midoffice.simulator.legacysuite.Berichten.teksten;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.midoffice.simulator.legacysuite.Berichten;

/** npsLv01 on /zds/BeantwoordVraag: the suite's own copy of person data, in StUF-BG 0310. */
@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PersoonVraagTest {

    static final String ONBEKEND_BSN = "999990019";
    static final String VOORBEELD_REFERENTIE = "c4f1e2d3-8a9b-4c5d-9e0f-1a2b3c4d5e6f";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void leeg() throws Exception {
        mvc.perform(delete("/simulator/bevragingen")).andExpect(status().isNoContent());
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
    }

    @AfterEach
    void normaal() throws Exception {
        mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content("{\"modus\":\"NORMAAL\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void voorbeeldvraagKrijgtHetGepubliceerdeAntwoord() throws Exception {
        String xml = vraag(Berichten.npsLv01(), Berichten.GEEF_PERSOON, 200);
        String voorbeeld = Berichten.voorbeeld("npsLa01.xml");

        assertThat(inhoud(xml)).isEqualTo(inhoud(voorbeeld)).contains(
                "object/geboortedatum=19750314", "object/verblijfsadres/aoa.huisletter nil geenWaarde");
        for (String naam : List.of("berichtcode", "organisatie", "applicatie", "crossRefnummer", "entiteittype")) {
            assertThat(teksten(xml, STUF, naam)).as(naam).isEqualTo(teksten(voorbeeld, STUF, naam));
        }
        assertThat(tekst(xml, STUF, "referentienummer")).matches("LS-\\d{6}");
        assertThat(tekst(xml, STUF, "tijdstipBericht")).matches("\\d{17}");
        assertThat(Berichten.parse(xml).getElementsByTagNameNS(BG, "npsLa01").getLength()).isEqualTo(1);
    }

    @Test
    void bevragingWordtGelogdMetGemaskeerdBsnEnNietAlsZaak(CapturedOutput log) throws Exception {
        mvc.perform(post("/zds/BeantwoordVraag").contentType("text/xml; charset=UTF-8")
                        .header("X-Aanvraag-ID", "aanvraag-42").header("X-Correlation-ID", "corr-nps")
                        .content(Berichten.npsLv01()))
                .andExpect(status().isOk());

        mvc.perform(get("/simulator/bevragingen"))
                .andExpect(jsonPath("$.bevragingen.length()").value(1))
                .andExpect(jsonPath("$.bevragingen[0].bsn").value("*****3653"))
                .andExpect(jsonPath("$.bevragingen[0].gevonden").value(true))
                .andExpect(jsonPath("$.bevragingen[0].aanvraagId").value("aanvraag-42"))
                .andExpect(jsonPath("$.bevragingen[0].correlationId").value("corr-nps"))
                .andExpect(jsonPath("$.bevragingen[0].referentienummer").value(VOORBEELD_REFERENTIE))
                .andExpect(jsonPath("$.bevragingen[0].ontvangenOp").isNotEmpty());
        mvc.perform(get("/simulator/ontvangen")).andExpect(jsonPath("$.ontvangen.length()").value(0));
        assertThat(mvc.perform(get("/simulator/bevragingen")).andReturn().getResponse().getContentAsString())
                .doesNotContain(Berichten.VOORBEELD_BSN);
        assertThat(log.getAll()).contains("*****3653").doesNotContain(Berichten.VOORBEELD_BSN);
    }

    @Test
    void onbekendBsnGeeftEenLeegAntwoord() throws Exception {
        String xml = vraag(Berichten.npsLv01(ONBEKEND_BSN), null, 200);

        assertThat(tekst(xml, STUF, "berichtcode")).isEqualTo("La01");
        Element antwoord = (Element) Berichten.parse(xml).getElementsByTagNameNS(BG, "antwoord").item(0);
        assertThat(antwoord).isNotNull();
        assertThat(antwoord.getChildNodes().getLength()).isZero();
        mvc.perform(get("/simulator/bevragingen")).andExpect(jsonPath("$.bevragingen[0].gevonden").value(false));
    }

    @Test
    void ongeldigBsnGeeftFo03EnWordtNietGeteld(CapturedOutput log) throws Exception {
        String fout = vraag(Berichten.npsLv01("123456789"), Berichten.GEEF_PERSOON, 500);

        OntvangAsynchroonTest.assertClientFout(fout, "StUF055", "Ongeldig BSN");
        assertThat(tekst(fout, STUF, "details")).isEqualTo("inp.bsn voldoet niet aan de elfproef");
        assertThat(tekst(fout, STUF, "crossRefnummer")).isEqualTo(VOORBEELD_REFERENTIE);
        mvc.perform(get("/simulator/bevragingen")).andExpect(jsonPath("$.bevragingen.length()").value(0));
        assertThat(log.getAll()).doesNotContain("123456789");
    }

    @Test
    void vraagZonderBsnGeeftFo03() throws Exception {
        String fout = vraag(Berichten.npsLv01().replace("<BG:inp.bsn>999993653</BG:inp.bsn>", ""), null, 500);
        OntvangAsynchroonTest.assertClientFout(fout, "StUF052", "BSN ontbreekt");
    }

    @Test
    void anderEntiteittypeGeeftFo03() throws Exception {
        String fout = vraag(Berichten.npsLv01().replace("<StUF:entiteittype>NPS</StUF:entiteittype>",
                "<StUF:entiteittype>NNP</StUF:entiteittype>"), null, 500);
        OntvangAsynchroonTest.assertClientFout(fout, "StUF003", "Entiteittype niet ondersteund");
    }

    @Test
    void soapActionVanDeZaakstatusvraagPastNietBijNpsLv01() throws Exception {
        String fout = vraag(Berichten.npsLv01(), Berichten.GEEF_ZAAKSTATUS_ZDS12, 500);
        OntvangAsynchroonTest.assertClientFout(fout, "StUF003", "Onbekende SOAPAction");
        mvc.perform(get("/simulator/bevragingen")).andExpect(jsonPath("$.bevragingen.length()").value(0));
    }

    @Test
    void doctypeMetExterneEntiteitWordtGeweigerd() throws Exception {
        String fout = vraag(Berichten.resource("npsLv01_xxe.xml").replace("GEHEIM_BESTAND", "file:///etc/passwd"),
                Berichten.GEEF_PERSOON, 500);

        OntvangAsynchroonTest.assertClientFout(fout, "StUF001", "DOCTYPE niet toegestaan");
        assertThat(fout).doesNotContain("root:");
        mvc.perform(get("/simulator/bevragingen")).andExpect(jsonPath("$.bevragingen.length()").value(0));
    }

    @Test
    void storingGeeft503EnBeantwoordtNiets() throws Exception {
        mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON).content("{\"modus\":\"STORING\"}"))
                .andExpect(status().isOk());

        String fout = vraag(Berichten.npsLv01(), Berichten.GEEF_PERSOON, 503);

        assertThat(tekst(fout, null, "faultcode")).isEqualTo("soap:Server");
        assertThat(tekst(fout, STUF, "omschrijving")).isEqualTo("Zaaksysteem niet beschikbaar");
        assertThat(fout).doesNotContain("Vries");
        mvc.perform(get("/simulator/bevragingen")).andExpect(jsonPath("$.bevragingen.length()").value(0));
    }

    @Test
    void foutkansEenGeeftEenTechnischeFo03() throws Exception {
        mvc.perform(put("/simulator/gedrag").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"modus\":\"NORMAAL\",\"foutkans\":1.0}"))
                .andExpect(status().isOk());

        String fout = vraag(Berichten.npsLv01(), Berichten.GEEF_PERSOON, 500);

        assertThat(tekst(fout, STUF, "plek")).isEqualTo("server");
        mvc.perform(get("/simulator/bevragingen")).andExpect(jsonPath("$.bevragingen.length()").value(0));
    }

    @Test
    void deKopieInDeLegacySuiteLooptAchterOpDeBrp() throws Exception {
        String xml = vraag(Berichten.npsLv01("999999606"), null, 200);

        assertThat(inhoud(xml)).contains(
                "object/geslachtsnaam=Mulder",
                "object/verblijfsadres/gor.openbareRuimteNaam=Dorpsstraat",
                "object/verblijfsadres/aoa.huisnummer=3",
                "object/verblijfsadres/aoa.postcode=9002AB",
                "object/verblijfsadres/wpl.woonplaatsNaam=Bergdal",
                "object/inp.gemeenteVanInschrijving=9002");
    }

    @Test
    void scopeBepaaltWelkeElementenTerugkomen() throws Exception {
        String vraag = Berichten.npsLv01("999999321").replaceAll("(?s)<BG:scope>.*</BG:scope>", """
                <BG:scope><BG:object StUF:entiteittype="NPS">
                  <BG:voorvoegselGeslachtsnaam xsi:nil="true"/>
                  <BG:verblijfsadres><BG:aoa.huisletter xsi:nil="true"/></BG:verblijfsadres>
                </BG:object></BG:scope>""");

        assertThat(inhoud(vraag(vraag, null, 200))).containsExactly(
                "object entiteittype=NPS",
                "object/inp.bsn=999999321",
                "object/voorvoegselGeslachtsnaam=van den",
                "object/verblijfsadres",
                "object/verblijfsadres/aoa.huisletter=A");
    }

    /** The antwoord as lines "path=text" or "path nil noValue" per element, attributes that matter included. */
    private static List<String> inhoud(String xml) {
        List<String> regels = new ArrayList<>();
        Element antwoord = (Element) Berichten.parse(xml).getElementsByTagNameNS(BG, "antwoord").item(0);
        for (Node n = antwoord.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                verzamel(e, "", regels);
            }
        }
        return regels;
    }

    private static void verzamel(Element element, String ouder, List<String> regels) {
        assertThat(element.getNamespaceURI()).isEqualTo(BG);
        String pad = ouder + element.getLocalName();
        List<Element> kinderen = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                kinderen.add(e);
            }
        }
        StringBuilder regel = new StringBuilder(pad);
        if (element.hasAttributeNS(STUF, "entiteittype")) {
            regel.append(" entiteittype=").append(element.getAttributeNS(STUF, "entiteittype"));
        }
        if ("true".equals(element.getAttributeNS(XSI, "nil"))) {
            regel.append(" nil ").append(element.getAttributeNS(STUF, "noValue"));
        } else if (kinderen.isEmpty()) {
            regel.append('=').append(element.getTextContent().trim());
        }
        regels.add(regel.toString());
        for (Element kind : kinderen) {
            verzamel(kind, pad + "/", regels);
        }
    }

    private String vraag(String xml, String soapAction, int verwacht) throws Exception {
        MockHttpServletRequestBuilder verzoek = post("/zds/BeantwoordVraag").contentType("text/xml; charset=UTF-8").content(xml);
        if (soapAction != null) {
            verzoek.header("SOAPAction", "\"" + soapAction + "\"");
        }
        return mvc.perform(verzoek).andExpect(status().is(verwacht))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
