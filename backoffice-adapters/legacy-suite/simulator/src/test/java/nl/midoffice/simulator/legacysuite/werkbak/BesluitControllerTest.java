package nl.midoffice.simulator.legacysuite.werkbak;

import static nl.midoffice.simulator.legacysuite.Berichten.ZKN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.midoffice.simulator.legacysuite.Berichten;

/** A clerk decides on a parking permit; the decision reaches the mid-office through geefZaakstatus. */
@ActiveProfiles("demo")
@SpringBootTest
@AutoConfigureMockMvc
class BesluitControllerTest {

    static final String PARKEREN = "MO-2026-000002";
    static final String VERLEEND = "Parkeervergunning verleend, vergunningnummer PV-9001-\\d{6}, "
            + "geldig van 15-12-2026 tot 15-12-2027";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void leeg() throws Exception {
        mvc.perform(delete("/simulator/ontvangen")).andExpect(status().isNoContent());
    }

    @Test
    void parkeervergunningToontHetBesluitformulierMetVoorgesteldeGeldigheid() throws Exception {
        registreerParkeervergunning();

        String html = werkbak();

        assertThat(html)
                .contains("<legend>Besluit parkeervergunning</legend>")
                .contains("action=\"/werkbak/zaken/" + PARKEREN + "/besluit\"")
                .contains("value=\"2026-12-15\"").contains("value=\"2027-12-15\"")
                .contains("<label for=\"besluit-verleend-1\"").contains("<label for=\"reden-1\"")
                .contains("action=\"/werkbak/zaken/" + PARKEREN + "/status\"");
    }

    @Test
    void anderZaaktypeHeeftGeenBesluitformulierEnVerhuizingToontAdresEnMeeverhuizers() throws Exception {
        registreer(Berichten.creeerZaak());
        registreer(Berichten.creeerZaak("MO-2026-000003", "verhuizing", "Verhuizing",
                "Verhuizing binnen de gemeente per 2026-12-01", "Nieuw adres: 9001AC 30; 2 meeverhuizer(s)"));

        String html = werkbak();

        assertThat(html)
                .contains("Verhuizing binnen de gemeente per 2026-12-01")
                .contains("Nieuw adres: 9001AC 30; 2 meeverhuizer(s)")
                .contains("action=\"/werkbak/zaken/MO-2026-000003/status\"")
                .doesNotContain("Besluit parkeervergunning")
                .doesNotContain("/besluit\"");
    }

    @Test
    void verlenenZetAfgehandeldEnDeLa01DraagtHetBesluit() throws Exception {
        registreerParkeervergunning();

        mvc.perform(post("/werkbak/zaken/{id}/besluit", PARKEREN).with(csrf())
                        .param("besluit", "VERLEEND").param("geldigVanaf", "2026-12-15").param("geldigTot", "2027-12-15"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/werkbak"))
                .andExpect(flash().attributeExists("melding"));

        String la01 = geefZaakstatus();
        assertThat(statusomschrijvingen(la01)).containsExactly("Geregistreerd", "Afgehandeld");
        assertThat(laatsteStatustoelichting(la01)).matches(VERLEEND);
        assertThat(resultaat(la01)).containsExactly("omschrijving=VERLEEND", "toelichting=" + laatsteStatustoelichting(la01));
        assertThat(kinderen(la01)).isEqualTo(kinderen(Berichten.voorbeeld("geefZaakstatus_ZakLa01_besluit.xml")));
        mvc.perform(get("/simulator/zaken/{id}", PARKEREN))
                .andExpect(jsonPath("$.zaak.status").value("AFGEHANDELD"))
                .andExpect(jsonPath("$.besluit.uitkomst").value("VERLEEND"))
                .andExpect(jsonPath("$.besluit.geldigVanaf").value("2026-12-15"))
                .andExpect(jsonPath("$.besluit.vergunningnummer").value(org.hamcrest.Matchers.matchesPattern("PV-9001-\\d{6}")));
        assertThat(werkbak()).contains("Besluit: <span>Verleend: Parkeervergunning verleend")
                .doesNotContain("<legend>Besluit parkeervergunning</legend>");
    }

    @Test
    void afwijzenZetAfgewezenMetDeRedenVoorDeInwoner() throws Exception {
        registreerParkeervergunning();

        mvc.perform(post("/werkbak/zaken/{id}/besluit", PARKEREN).with(csrf())
                        .param("besluit", "AFGEWEZEN").param("reden", "Uw adres ligt buiten het vergunninggebied"))
                .andExpect(status().isSeeOther())
                .andExpect(flash().attribute("melding", "Zaak " + PARKEREN
                        + " heeft nu de status Afgewezen: Uw adres ligt buiten het vergunninggebied"));

        String la01 = geefZaakstatus();
        assertThat(statusomschrijvingen(la01)).containsExactly("Geregistreerd", "Afgewezen");
        assertThat(laatsteStatustoelichting(la01)).isEqualTo("Uw adres ligt buiten het vergunninggebied");
        assertThat(resultaat(la01)).containsExactly("omschrijving=AFGEWEZEN",
                "toelichting=Uw adres ligt buiten het vergunninggebied");
    }

    @Test
    void afwijzenZonderRedenWordtGeweigerd() throws Exception {
        registreerParkeervergunning();

        mvc.perform(post("/werkbak/zaken/{id}/besluit", PARKEREN).with(csrf()).param("besluit", "AFGEWEZEN").param("reden", " "))
                .andExpect(status().isSeeOther())
                .andExpect(flash().attribute("fout", "Geef bij afwijzen een reden: de inwoner krijgt die te zien."));
        mvc.perform(get("/simulator/zaken/{id}", PARKEREN)).andExpect(jsonPath("$.statussen.length()").value(1));
        assertThat(resultaat(geefZaakstatus())).isEmpty();
    }

    @Test
    void verlenenMetOngeldigeDatumWordtGeweigerd() throws Exception {
        registreerParkeervergunning();

        mvc.perform(post("/werkbak/zaken/{id}/besluit", PARKEREN).with(csrf())
                        .param("besluit", "VERLEEND").param("geldigVanaf", "15-12-2026").param("geldigTot", "2027-12-15"))
                .andExpect(flash().attribute("fout", "Vul bij 'Geldig vanaf' een geldige datum in."));
        mvc.perform(get("/simulator/zaken/{id}", PARKEREN)).andExpect(jsonPath("$.zaak.status").value("GEREGISTREERD"));
    }

    @Test
    void besluitOpEenAnderZaaktypeWordtGeweigerd() throws Exception {
        registreer(Berichten.creeerZaak());

        mvc.perform(post("/werkbak/zaken/{id}/besluit", Berichten.VOORBEELD_ID).with(csrf()).param("besluit", "AFGEWEZEN")
                        .param("reden", "Nee"))
                .andExpect(flash().attribute("fout", "Zaak " + Berichten.VOORBEELD_ID
                        + " is geen parkeervergunning; er valt niets te besluiten."));
        mvc.perform(get("/simulator/zaken/{id}", Berichten.VOORBEELD_ID))
                .andExpect(jsonPath("$.zaak.status").value("GEREGISTREERD"))
                .andExpect(jsonPath("$.besluit").isEmpty());
    }

    @Test
    void zonderCsrfTokenWordtGeweigerd() throws Exception {
        registreerParkeervergunning();

        mvc.perform(post("/werkbak/zaken/{id}/besluit", PARKEREN).param("besluit", "AFGEWEZEN").param("reden", "Nee"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/simulator/zaken/{id}", PARKEREN)).andExpect(jsonPath("$.zaak.status").value("GEREGISTREERD"));
    }

    private void registreerParkeervergunning() throws Exception {
        registreer(Berichten.creeerZaak(PARKEREN, "parkeervergunning", "Parkeervergunning",
                "Parkeervergunning bewoners voor AB-123-C", "Ingangsdatum 2026-12-15"));
    }

    private void registreer(String creeerZaak) throws Exception {
        mvc.perform(post("/zds/OntvangAsynchroon").contentType("text/xml").content(creeerZaak)).andExpect(status().isOk());
    }

    private String werkbak() throws Exception {
        return mvc.perform(get("/werkbak")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String geefZaakstatus() throws Exception {
        return mvc.perform(post("/zds/BeantwoordVraag").contentType("text/xml").content(Berichten.geefZaakstatus(PARKEREN)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> statusomschrijvingen(String la01) {
        List<String> omschrijvingen = new ArrayList<>();
        for (Element heeft : elementen(la01, "heeft")) {
            omschrijvingen.add(tekst(kind(kind(heeft, "gerelateerde"), "omschrijving")));
        }
        return omschrijvingen;
    }

    private static String laatsteStatustoelichting(String la01) {
        List<Element> heeft = elementen(la01, "heeft");
        return tekst(kind(heeft.get(heeft.size() - 1), "toelichting"));
    }

    private static List<String> resultaat(String la01) {
        List<String> regels = new ArrayList<>();
        for (Element resultaat : elementen(la01, "resultaat")) {
            for (Element veld : kinderen(resultaat)) {
                regels.add(veld.getLocalName() + "=" + tekst(veld));
            }
        }
        return regels;
    }

    /** The local names of the zaak object's children, in order: where resultaat sits matters to a schema. */
    private static List<String> kinderen(String la01) {
        return kinderen(elementen(la01, "object").get(0)).stream().map(Element::getLocalName).toList();
    }

    private static List<Element> elementen(String xml, String naam) {
        var nodes = Berichten.parse(xml).getElementsByTagNameNS(ZKN, naam);
        List<Element> elementen = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elementen.add((Element) nodes.item(i));
        }
        return elementen;
    }

    private static List<Element> kinderen(Element ouder) {
        List<Element> kinderen = new ArrayList<>();
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                kinderen.add(e);
            }
        }
        return kinderen;
    }

    private static Element kind(Element ouder, String naam) {
        return kinderen(ouder).stream().filter(e -> naam.equals(e.getLocalName())).findFirst().orElseThrow();
    }

    private static String tekst(Element element) {
        return element.getTextContent().trim();
    }
}
