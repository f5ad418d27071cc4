package nl.midoffice.adapter.legacysuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.VergunningAanvragen;
import nl.midoffice.contracts.Woonadres;
import nl.midoffice.contracts.ZaakRegistreren;
import nl.midoffice.contracts.ZaakstatusOpvragen;

class StufBerichtenTest {

    private final StufBerichten berichten = new StufBerichten(Voorbeelden.PROPERTIES,
            Clock.fixed(Instant.parse("2026-11-28T09:15:00Z"), ZoneOffset.UTC));

    private final ZaakRegistreren opdracht = new ZaakRegistreren("3f0d6c1e-2b7a-4c1e-9d51-0d9b1f8f2a11", "corr-1",
            "9b2e1c4a-5d6f-4a7b-8c9d-0e1f2a3b4c5d", "MO-2026-000001", "9001", "melding-openbare-ruimte", "999993653",
            "Melding openbare ruimte: straatverlichting", "Lantaarnpaal brandt niet & <flikkert>",
            Map.of("categorie", "straatverlichting"), Instant.parse("2026-11-28T09:15:00Z"), false);

    @Test
    void creeerZaakCarriesWhatTheExampleCarries() throws Exception {
        Document lk01 = parse(berichten.creeerZaak(opdracht));
        Document voorbeeld = parse(Voorbeelden.lees("creeerZaak_ZakLk01.xml"));

        for (String pad : new String[] {
                "//*[local-name()='stuurgegevens']/*[local-name()='berichtcode']",
                "//*[local-name()='stuurgegevens']/*[local-name()='referentienummer']",
                "//*[local-name()='zender']/*[local-name()='organisatie']",
                "//*[local-name()='object']/*[local-name()='identificatie']",
                "//*[local-name()='object']/*[local-name()='kenmerk']/*[local-name()='kenmerk']",
                "//*[local-name()='object']/*[local-name()='kenmerk']/*[local-name()='bron']",
                "//*[local-name()='object']/*[local-name()='startdatum']",
                "//*[local-name()='isVan']/*[local-name()='gerelateerde']/*[local-name()='code']",
                "//*[local-name()='natuurlijkPersoon']/*[local-name()='inp.bsn']" }) {
            assertThat(xpath(lk01, pad)).as(pad).isNotEmpty().isEqualTo(xpath(voorbeeld, pad));
        }
    }

    @Test
    void creeerZaakUsesTheStufNamespacesAndEscapesText() throws Exception {
        String xml = berichten.creeerZaak(opdracht);
        Document lk01 = parse(xml);

        assertThat(lk01.getElementsByTagNameNS(Stuf.ZKN, "zakLk01").getLength()).isEqualTo(1);
        assertThat(lk01.getElementsByTagNameNS(Stuf.BG, "inp.bsn").item(0).getTextContent()).isEqualTo("999993653");
        assertThat(xpath(lk01, "//*[local-name()='object']/*[local-name()='toelichting']"))
                .isEqualTo("Lantaarnpaal brandt niet & <flikkert>");
        assertThat(xml).contains("&amp; &lt;flikkert");
    }

    @Test
    void longOmschrijvingIsCutToTheStufMaximum() {
        String lang = "x".repeat(200);

        assertThat(StufBerichten.afgekapt(lang)).hasSize(StufBerichten.MAX_OMSCHRIJVING).endsWith("…");
        assertThat(StufBerichten.afgekapt("kort")).isEqualTo("kort");
    }

    @Test
    void geefZaakstatusAsksForTheZaakByIdentificatie() throws Exception {
        Document lv01 = parse(berichten.geefZaakstatus(
                new ZaakstatusOpvragen("m-1", "c-1", "a-1", "9002", "MO-2026-000007", null, Instant.now())));

        assertThat(xpath(lv01, "//*[local-name()='gelijk']/*[local-name()='identificatie']")).isEqualTo("MO-2026-000007");
        assertThat(xpath(lv01, "//*[local-name()='berichtcode']")).isEqualTo("Lv01");
        assertThat(xpath(lv01, "//*[local-name()='ontvanger']/*[local-name()='organisatie']")).isEqualTo("9002");
    }

    @Test
    void npsLv01AsksWhatTheExampleAsksExceptGeslachtsaanduiding() throws Exception {
        var vraag = new PersoonOpvragen("c4f1e2d3-8a9b-4c5d-9e0f-1a2b3c4d5e6f", "corr-1", "aanvraag-1", "9001",
                "999993653", "verhuizing", false, Instant.now());
        Document lv01 = parse(berichten.npsLv01(vraag));
        Document voorbeeld = parse(Voorbeelden.lees("npsLv01.xml"));

        for (String pad : new String[] {
                "//*[local-name()='stuurgegevens']/*[local-name()='berichtcode']",
                "//*[local-name()='stuurgegevens']/*[local-name()='referentienummer']",
                "//*[local-name()='stuurgegevens']/*[local-name()='entiteittype']",
                "//*[local-name()='ontvanger']/*[local-name()='organisatie']",
                "//*[local-name()='ontvanger']/*[local-name()='applicatie']",
                "//*[local-name()='gelijk']/*[local-name()='inp.bsn']",
                "//*[local-name()='parameters']/*[local-name()='maximumAantal']" }) {
            assertThat(xpath(lv01, pad)).as(pad).isNotEmpty().isEqualTo(xpath(voorbeeld, pad));
        }
        assertThat(lv01.getDocumentElement().getElementsByTagNameNS(Stuf.BG, "npsLv01").getLength()).isEqualTo(1);
        String gevraagd = "//*[local-name()='scope']/*[local-name()='object']/*";
        assertThat(namen(lv01, gevraagd)).containsExactlyElementsOf(namen(voorbeeld, gevraagd).stream()
                .filter(naam -> !naam.equals("geslachtsaanduiding")).toList());
        String adres = "//*[local-name()='scope']//*[local-name()='verblijfsadres']/*";
        assertThat(namen(lv01, adres)).isNotEmpty().containsExactlyElementsOf(namen(voorbeeld, adres));
        assertThat(xpath(lv01, "//*[local-name()='scope']//*[local-name()='voornamen']/@*[local-name()='nil']"))
                .isEqualTo("true");
    }

    @Test
    void aPermitApplicationBecomesAZaakOfThePermitsZaaktypeIdentifiedByItsReferentie() throws Exception {
        var opdracht = new VergunningAanvragen("m-9", "corr-9", "aanvraag-9", "MO-2026-000002", "9001",
                "parkeervergunning", "999993653", "AB123C", "2026-12-15",
                new Woonadres("Lindelaan", 12, null, null, "9001AB", "Lindeveen"), "MO-2026-000002", false,
                Instant.parse("2026-11-28T09:15:00Z"));

        Document lk01 = parse(berichten.creeerZaakVoorVergunning(opdracht));

        assertThat(xpath(lk01, "//*[local-name()='object']/*[local-name()='identificatie']")).isEqualTo("MO-2026-000002");
        assertThat(xpath(lk01, "//*[local-name()='isVan']/*[local-name()='gerelateerde']/*[local-name()='code']"))
                .isEqualTo(Stuf.ZAAKTYPE_PARKEERVERGUNNING);
        assertThat(xpath(lk01, "//*[local-name()='object']/*[local-name()='toelichting']"))
                .as("the werkbak pre-fills the permit's start from this").isEqualTo("Ingangsdatum 2026-12-15");
        assertThat(xpath(lk01, "//*[local-name()='object']/*[local-name()='omschrijving']")).contains("AB123C");
        assertThat(xpath(lk01, "//*[local-name()='kenmerk']/*[local-name()='kenmerk']")).isEqualTo("aanvraag-9");
        assertThat(xpath(lk01, "//*[local-name()='natuurlijkPersoon']/*[local-name()='inp.bsn']")).isEqualTo("999993653");
        assertThat(xpath(lk01, "//*[local-name()='object']/*[local-name()='startdatum']")).isEqualTo("20261128");
    }

    private static java.util.List<String> namen(Document doc, String pad) throws Exception {
        var nodes = (org.w3c.dom.NodeList) XPathFactory.newInstance().newXPath().evaluate(pad, doc, XPathConstants.NODESET);
        var namen = new java.util.ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            namen.add(nodes.item(i).getLocalName());
        }
        return namen;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String xpath(Document doc, String pad) throws Exception {
        return ((String) XPathFactory.newInstance().newXPath().evaluate(pad, doc, XPathConstants.STRING)).trim();
    }
}
