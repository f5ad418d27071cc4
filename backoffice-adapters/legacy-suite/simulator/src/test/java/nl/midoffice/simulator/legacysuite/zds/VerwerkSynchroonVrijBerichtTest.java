package nl.midoffice.simulator.legacysuite.zds;

import static nl.midoffice.simulator.legacysuite.Berichten.STUF;
import static nl.midoffice.simulator.legacysuite.Berichten.ZKN;
import static nl.midoffice.simulator.legacysuite.Berichten.tekst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.midoffice.simulator.legacysuite.Berichten;

@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
class VerwerkSynchroonVrijBerichtTest {

    static final String DI02 = """
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
              <s:Body>
                <zkn:%1$s xmlns:zkn="http://www.egem.nl/StUF/sector/zkn/0310" xmlns:stuf="http://www.egem.nl/StUF/StUF0301">
                  <zkn:stuurgegevens>
                    <stuf:berichtcode>Di02</stuf:berichtcode>
                    <stuf:zender><stuf:organisatie>9002</stuf:organisatie><stuf:applicatie>LOKET</stuf:applicatie></stuf:zender>
                    <stuf:ontvanger><stuf:organisatie>9002</stuf:organisatie><stuf:applicatie>LEGACYSUITE</stuf:applicatie></stuf:ontvanger>
                    <stuf:referentienummer>DI-1</stuf:referentienummer>
                    <stuf:tijdstipBericht>20261128101500000</stuf:tijdstipBericht>
                    <stuf:functie>%2$s</stuf:functie>
                  </zkn:stuurgegevens>
                </zkn:%1$s>
              </s:Body>
            </s:Envelope>
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void genereertUniekeZaakidentificaties() throws Exception {
        String eerste = vraag(DI02.formatted("genereerZaakIdentificatie_Di02", "genereerZaakidentificatie"), 200);
        String tweede = vraag(DI02.formatted("genereerZaakIdentificatie_Di02", "genereerZaakidentificatie"), 200);

        assertThat(tekst(eerste, STUF, "berichtcode")).isEqualTo("Du02");
        assertThat(tekst(eerste, STUF, "crossRefnummer")).isEqualTo("DI-1");
        assertThat(Berichten.parse(eerste).getElementsByTagNameNS(ZKN, "genereerZaakIdentificatie_Du02").getLength()).isEqualTo(1);
        String id1 = tekst(eerste, ZKN, "identificatie");
        assertThat(id1).matches("LS-9002-\\d{6}");
        assertThat(tekst(tweede, ZKN, "identificatie")).isNotEqualTo(id1);
    }

    @Test
    void onbekendeFunctieGeeftFo03() throws Exception {
        String fout = vraag(DI02.formatted("genereerDocumentIdentificatie_Di02", "genereerDocumentidentificatie"), 500);
        OntvangAsynchroonTest.assertClientFout(fout, "StUF003", "Onbekende functie");
    }

    private String vraag(String xml, int verwacht) throws Exception {
        return mvc.perform(post("/zds/VerwerkSynchroonVrijBericht").contentType("text/xml").content(xml))
                .andExpect(status().is(verwacht))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
