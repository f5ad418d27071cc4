package nl.midoffice.simulator.legacysuite.zds;

import static nl.midoffice.simulator.legacysuite.Berichten.STUF;
import static nl.midoffice.simulator.legacysuite.Berichten.ZKN;
import static nl.midoffice.simulator.legacysuite.Berichten.tekst;
import static nl.midoffice.simulator.legacysuite.Berichten.teksten;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import nl.midoffice.simulator.legacysuite.Berichten;

@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
class BeantwoordVraagTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void leeg() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
    }

    @Test
    void geefZaakstatusGeeftAlleStatussenNaWijzigingenInDeWerkbak() throws Exception {
        mvc.perform(post("/zds/OntvangAsynchroon").contentType("text/xml").content(Berichten.creeerZaak()))
                .andExpect(status().isOk());
        wijzig("IN_BEHANDELING", "Opgepakt door team Buitenruimte");
        wijzig("AFGEWEZEN", "Lantaarnpaal is van de netbeheerder");

        String xml = vraag(Berichten.geefZaakstatus(Berichten.VOORBEELD_ID), Berichten.GEEF_ZAAKSTATUS_ZDS12);

        assertThat(tekst(xml, STUF, "berichtcode")).isEqualTo("La01");
        assertThat(tekst(xml, STUF, "crossRefnummer")).isEqualTo("6a1f0e2d-7c3b-4e5a-9f8b-1c2d3e4f5a6b");
        assertThat(tekst(xml, ZKN, "identificatie")).isEqualTo(Berichten.VOORBEELD_ID);
        assertThat(teksten(xml, ZKN, "volgnummer")).containsExactly("1", "2", "4");
        assertThat(teksten(xml, ZKN, "omschrijving")).containsExactly("Geregistreerd", "In behandeling", "Afgewezen");
        assertThat(teksten(xml, ZKN, "toelichting"))
                .containsExactly("", "Opgepakt door team Buitenruimte", "Lantaarnpaal is van de netbeheerder");
        assertThat(teksten(xml, ZKN, "datumStatusGezet")).allMatch(t -> t.matches("\\d{17}"));
    }

    @Test
    void onbekendeZaakGeeftLeegAntwoord() throws Exception {
        String xml = vraag(Berichten.geefZaakstatus("BESTAAT-NIET"), null);

        Document document = Berichten.parse(xml);
        assertThat(tekst(xml, STUF, "berichtcode")).isEqualTo("La01");
        assertThat(document.getElementsByTagNameNS(ZKN, "antwoord").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagNameNS(ZKN, "antwoord").item(0).getChildNodes().getLength()).isZero();
    }

    @Test
    void vraagZonderIdentificatieGeeftFo03() throws Exception {
        String xml = mvc.perform(post("/zds/BeantwoordVraag").contentType("text/xml")
                        .content(Berichten.geefZaakstatus("").replace("<ZKN:identificatie></ZKN:identificatie>", "")))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        OntvangAsynchroonTest.assertClientFout(xml, "StUF052", "Zaakidentificatie ontbreekt");
    }

    private void wijzig(String status, String toelichting) throws Exception {
        mvc.perform(post("/werkbak/zaken/{id}/status", Berichten.VOORBEELD_ID).with(csrf())
                        .param("status", status).param("toelichting", toelichting))
                .andExpect(status().isSeeOther());
    }

    private String vraag(String xml, String soapAction) throws Exception {
        var verzoek = post("/zds/BeantwoordVraag").contentType("text/xml; charset=UTF-8").content(xml);
        if (soapAction != null) {
            verzoek.header("SOAPAction", soapAction);
        }
        return mvc.perform(verzoek).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
