package nl.midoffice.simulator.legacysuite.zds;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.midoffice.hostile.Verzoek;
import nl.midoffice.hostile.Vijandig;
import nl.midoffice.simulator.legacysuite.Berichten;

/**
 * Hostile requests to the suite's three ZDS endpoints, built from the published example messages: XML bombs and
 * external entities, nesting 9,000 deep (what fits in the limit), control characters XML forbids, no XML or half of
 * it, another SOAP version, wrong SOAPActions, content types and methods, bodies over the limit, path tricks, and a
 * creeerZaak with one required thing wrong at a time. None of it may be stored.
 */
final class SoapCorpus {

    static final String ONTVANG = "/zds/OntvangAsynchroon";
    static final String VRAAG = "/zds/BeantwoordVraag";
    static final String VRIJ = "/zds/VerwerkSynchroonVrijBericht";
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/json",
            "application/soap+xml; charset=UTF-8", "multipart/form-data; boundary=grens", "application/octet-stream",
            "application/x-www-form-urlencoded", "image/png", "");

    private SoapCorpus() {
    }

    /** A valid message for each endpoint, with its SOAPAction. */
    static List<Verzoek> geldig() {
        return List.of(
                soap(ONTVANG, Berichten.CREEER_ZAAK_ZDS12, Berichten.creeerZaak()).naam("creeerZaak"),
                soap(VRAAG, Berichten.GEEF_ZAAKSTATUS_ZDS12, Berichten.geefZaakstatus("MO-2026-000001"))
                        .naam("geefZaakstatus"),
                soap(VRAAG, Berichten.GEEF_PERSOON, Berichten.npsLv01()).naam("npsLv01"),
                soap(VRIJ, "http://www.stufstandaarden.nl/koppelvlak/zds0120/genereerZaakIdentificatie_Di02",
                        VerwerkSynchroonVrijBerichtTest.DI02.formatted("genereerZaakIdentificatie_Di02",
                                "genereerZaakidentificatie")).naam("genereerZaakIdentificatie"));
    }

    static List<Verzoek> voor(int dichtePoort, Random random) {
        List<Verzoek> verzoeken = new ArrayList<>();
        for (Verzoek basis : geldig()) {
            String xml = basis.bodyTekst();
            String zonderDeclaratie = xml.replaceFirst("<\\?xml[^>]*\\?>", "");
            List<String> dtds = new ArrayList<>(Vijandig.externeEntiteiten(dichtePoort));
            dtds.add(Vijandig.miljardLachjes());
            for (String dtd : dtds) {
                String metVerwijzing = zonderDeclaratie.replaceFirst("Body>", "Body>&lol" + (dtd.contains("lol9")
                        ? "9" : "0") + ";");
                verzoeken.add(xml(basis.over("DOCTYPE " + dtd.substring(0, Math.min(dtd.length(), 50))),
                        Vijandig.metDoctype("Envelope", dtd, metVerwijzing)));
            }
            verzoeken.add(xml(basis.over("XInclude"), xml.replaceFirst("Body>", "Body><xi:include "
                    + "xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>")));
            verzoeken.add(xml(basis.over("9,000 deep"), xml.replaceFirst("Body>", "Body>" + Vijandig.diepeXml(9_000))));
            for (String teken : List.of("&#0;", "&#x1;", "&#x7;", "&#x1b;", "&#xFFFE;", "\u0000", "\u0008", "\u001b")) {
                verzoeken.add(xml(basis.over("control character " + teken), xml.replaceFirst("Body>", "Body>" + teken)));
            }
            for (String actie : List.of("\"http://evil.example/x\"", "creeerZaak", "\"" + Berichten.GEEF_PERSOON + "x\"",
                    "\"urn:\u00e9\"")) {
                verzoeken.add(basis.over("SOAPAction " + actie).zetHeader("SOAPAction", actie));
            }
            for (String type : CONTENT_TYPES) {
                verzoeken.add(basis.over("Content-Type " + type).zetHeader("Content-Type", type));
            }
            for (String methode : Vijandig.METHODEN) {
                verzoeken.add(basis.over("method " + methode).methode(methode));
            }
            verzoeken.add(xml(basis.over("70 KB"), xml.replaceFirst("Body>", "Body><!--" + "x".repeat(70_000) + "-->")));
            verzoeken.add(xml(basis.over("1 MB chunked"), xml.replaceFirst("Body>",
                    "Body><!--" + "x".repeat(1_000_000) + "-->")).vorm(Verzoek.Vorm.CHUNKED));
            verzoeken.add(basis.over("cut off, declared longer").vorm(Verzoek.Vorm.AFGEKAPT));
            for (int i = 0; i < 4; i++) {
                verzoeken.add(xml(basis.over("cut off"), Vijandig.afgekapt(xml, random)));
                verzoeken.add(xml(basis.over("raw control character"), Vijandig.rauwStuurteken(xml, random)));
                verzoeken.add(basis.over("no UTF-8").body("text/xml; charset=UTF-8", Vijandig.ongeldigeUtf8(xml, random)));
            }
            List<String> anders = new ArrayList<>(List.of("", "  \n", "{\"soap\":true}", "\uFEFFgeen xml",
                    xml.replace(Berichten.SOAP, "http://www.w3.org/2003/05/soap-envelope"),
                    xml.replaceAll("(?s)<(\\w+):Body>.*</\\1:Body>", ""),
                    xml.replaceAll("(?s)(<(\\w+):Body>).*(</\\2:Body>)", "$1$3")));
            if (xml.contains("encoding=\"UTF-8\"")) {
                anders.add(xml.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\""));
            }
            for (String ander : anders) {
                verzoeken.add(xml(basis.over("body " + kort(ander)), ander));
            }
            for (String truc : Vijandig.padTrucs(basis.doel())) {
                verzoeken.add(xml(basis.over("path " + truc).doel(truc), ""));
            }
        }
        String zaak = Berichten.creeerZaak();
        Verzoek creeer = geldig().get(0);
        for (String[] fout : new String[][] {
                {"<StUF:berichtcode>Lk01<", "<StUF:berichtcode>Lv01<"},
                {"<StUF:mutatiesoort>T<", "<StUF:mutatiesoort>W<"},
                {"<ZKN:identificatie>MO-2026-000001<", "<ZKN:identificatie><"},
                {"<ZKN:identificatie>MO-2026-000001<", "<ZKN:identificatie>" + "X".repeat(41) + "<"},
                {"<ZKN:startdatum>20261128<", "<ZKN:startdatum>2026-11-28<"},
                {"<BG:inp.bsn>999993653<", "<BG:inp.bsn>123456789<"},
                {"<BG:inp.bsn>999993653<", "<BG:inp.bsn><"},
                {"<BG:inp.bsn>999993653<", "<BG:inp.bsn>99999365a<"},
                {"<ZKN:natuurlijkPersoon", "<ZKN:nietNatuurlijkPersoon"},
                {"<ZKN:object ", "<ZKN:objectX "}}) {
            String anders = fout[0].startsWith("<ZKN:natuurlijkPersoon") || fout[0].startsWith("<ZKN:object ")
                    ? zaak.replace(fout[0], fout[1]).replace(fout[0].replace("<", "</").trim() + ">",
                            fout[1].replace("<", "</").trim() + ">")
                    : zaak.replace(fout[0], fout[1]);
            verzoeken.add(xml(creeer.over(fout[1]), anders));
        }
        return verzoeken;
    }

    private static Verzoek soap(String pad, String actie, String xml) {
        return Verzoek.van("POST", pad).header("SOAPAction", "\"" + actie + "\"").body("text/xml; charset=UTF-8", xml);
    }

    private static Verzoek xml(Verzoek verzoek, String body) {
        return verzoek.body(verzoek.header("Content-Type"), body);
    }

    private static String kort(String tekst) {
        String een = tekst.replaceAll("\\s+", " ");
        return een.length() > 40 ? een.substring(0, 40) + "…" : een;
    }
}
