package nl.midoffice.simulator.legacysuite;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Test messages (the published wire examples, varied) and a namespace-aware way to read answers. */
public final class Berichten {

    public static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String STUF = "http://www.egem.nl/StUF/StUF0301";
    public static final String ZKN = "http://www.egem.nl/StUF/sector/zkn/0310";
    public static final String BG = "http://www.egem.nl/StUF/sector/bg/0310";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String CREEER_ZAAK_ZDS12 = "http://www.stufstandaarden.nl/koppelvlak/zds0120/creeerZaak_ZakLk01";
    public static final String CREEER_ZAAK_ZDS11 = "http://www.egem.nl/StUF/sector/zkn/0310/creeerZaak_Lk01";
    public static final String GEEF_ZAAKSTATUS_ZDS12 = "http://www.stufstandaarden.nl/koppelvlak/zds0120/geefZaakstatus_ZakLv01";
    public static final String GEEF_PERSOON = "http://www.egem.nl/StUF/sector/bg/0310/npsLv01";
    public static final String VOORBEELD_ID = "MO-2026-000001";
    public static final String VOORBEELD_BSN = "999993653";
    public static final String VOORBEELD_AANVRAAG = "9b2e1c4a-5d6f-4a7b-8c9d-0e1f2a3b4c5d";
    public static final String VOORBEELD_REFERENTIE = "3f0d6c1e-2b7a-4c1e-9d51-0d9b1f8f2a11";

    private static final Path VOORBEELDEN = Path.of("..", "examples");

    private Berichten() {
    }

    /** The published example, exactly as the mid-office's adapter sends it. */
    public static String creeerZaak() {
        return voorbeeld("creeerZaak_ZakLk01.xml");
    }

    public static String creeerZaak(String identificatie, String bsn) {
        return creeerZaak().replace(VOORBEELD_ID, identificatie).replace(VOORBEELD_BSN, bsn);
    }

    public static String geefZaakstatus(String identificatie) {
        return voorbeeld("geefZaakstatus_ZakLv01.xml").replace(VOORBEELD_ID, identificatie);
    }

    /** The published npsLv01 example: a lookup of {@link #VOORBEELD_BSN} with every element in scope. */
    public static String npsLv01() {
        return voorbeeld("npsLv01.xml");
    }

    public static String npsLv01(String bsn) {
        return npsLv01().replace("<BG:inp.bsn>" + VOORBEELD_BSN + "</BG:inp.bsn>", "<BG:inp.bsn>" + bsn + "</BG:inp.bsn>");
    }

    /** A creeerZaak of another zaaktype, built from the published example. */
    public static String creeerZaak(String identificatie, String zaaktypeCode, String zaaktypeOmschrijving,
                                    String omschrijving, String toelichting) {
        return creeerZaak().replace(VOORBEELD_ID, identificatie)
                .replace("<ZKN:code>melding-openbare-ruimte</ZKN:code>", "<ZKN:code>" + zaaktypeCode + "</ZKN:code>")
                .replace("<ZKN:omschrijving>Melding openbare ruimte</ZKN:omschrijving>",
                        "<ZKN:omschrijving>" + zaaktypeOmschrijving + "</ZKN:omschrijving>")
                .replace("Melding openbare ruimte: straatverlichting", omschrijving)
                .replace("Lantaarnpaal brandt niet", toelichting);
    }

    public static String voorbeeld(String naam) {
        return lees(VOORBEELDEN.resolve(naam));
    }

    public static String resource(String naam) {
        try (InputStream in = Berichten.class.getResourceAsStream("/berichten/" + naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("Antwoord is geen XML: " + xml, e);
        }
    }

    /** Texts of all elements with this namespace and local name, in document order. */
    public static List<String> teksten(String xml, String ns, String naam) {
        NodeList nodes = parse(xml).getElementsByTagNameNS(ns, naam);
        List<String> teksten = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            teksten.add(nodes.item(i).getTextContent().trim());
        }
        return teksten;
    }

    public static String tekst(String xml, String ns, String naam) {
        List<String> teksten = teksten(xml, ns, naam);
        return teksten.isEmpty() ? null : teksten.get(0);
    }

    private static String lees(Path pad) {
        try {
            return Files.readString(pad, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
