package nl.midoffice.simulator.legacysuite.zds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.legacysuite.SimulatorProperties;

/**
 * Writes the suite's SOAP answers: the envelope and the stuurgegevens that mirror the question
 * (zender and ontvanger swapped, crossRefnummer = the question's referentienummer).
 */
@Component
class StufBerichten {

    static final DateTimeFormatter STUF_TIJDSTIP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final String NS_SOAP = "xmlns:soap";
    private static final String NS_STUF = "xmlns:StUF";
    private static final String NS_ZKN = "xmlns:ZKN";
    private static final String NS_BG = "xmlns:BG";
    private static final String NS_XSI = "xmlns:xsi";

    private final SimulatorProperties properties;
    private final Clock clock;
    private final AtomicLong referentie = new AtomicLong();

    StufBerichten(SimulatorProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    String tijdstip(Instant moment) {
        return STUF_TIJDSTIP.format(LocalDateTime.ofInstant(moment, clock.getZone()));
    }

    String bv03(Stuurgegevens vraag) {
        return envelop(xml -> {
            xml.open("StUF:Bv03Bericht");
            stuurgegevens(xml, "StUF:stuurgegevens", "Bv03", vraag, x -> { });
            xml.sluit("StUF:Bv03Bericht");
        });
    }

    String fo03(StufFout fout, Stuurgegevens vraag) {
        return envelop(xml -> {
            xml.open("soap:Fault")
                    .element("faultcode", fout.plek() == StufFout.Plek.CLIENT ? "soap:Client" : "soap:Server")
                    .element("faultstring", fout.omschrijving())
                    .open("detail")
                    .open("StUF:Fo03Bericht");
            stuurgegevens(xml, "StUF:stuurgegevens", "Fo03", vraag, x -> { });
            xml.open("StUF:body")
                    .element("StUF:code", fout.code())
                    .element("StUF:plek", fout.plek() == StufFout.Plek.CLIENT ? "client" : "server")
                    .element("StUF:omschrijving", fout.omschrijving())
                    .optioneel("StUF:details", fout.details())
                    .sluit("StUF:body")
                    .sluit("StUF:Fo03Bericht")
                    .sluit("detail")
                    .sluit("soap:Fault");
        });
    }

    /** An answer in the zaak sector: body root in the ZKN namespace. */
    String zkn(Consumer<XmlSchrijver> body) {
        return envelop(body, NS_ZKN, Namespaces.ZKN);
    }

    /** An answer in the basisgegevens sector: body root in the BG namespace; xsi for StUF's "no value". */
    String bg(Consumer<XmlSchrijver> body) {
        return envelop(body, NS_BG, Namespaces.BG, NS_XSI, Namespaces.XSI);
    }

    /** Writes stuurgegevens under the given tag; {@code extra} adds trailing elements such as entiteittype. */
    void stuurgegevens(XmlSchrijver xml, String tag, String berichtcode, Stuurgegevens vraag,
                       Consumer<XmlSchrijver> extra) {
        Stuurgegevens v = vraag == null ? Stuurgegevens.ONBEKEND : vraag;
        xml.open(tag)
                .element("StUF:berichtcode", berichtcode)
                .open("StUF:zender")
                .element("StUF:organisatie", v.ontvangerOrganisatie() != null ? v.ontvangerOrganisatie() : properties.organisatie())
                .element("StUF:applicatie", properties.applicatie())
                .sluit("StUF:zender");
        // without a known sender there is nobody to address; StUF allows leaving ontvanger out then
        if (v.zenderOrganisatie() != null || v.zenderApplicatie() != null) {
            xml.open("StUF:ontvanger")
                    .optioneel("StUF:organisatie", v.zenderOrganisatie())
                    .optioneel("StUF:applicatie", v.zenderApplicatie())
                    .sluit("StUF:ontvanger");
        }
        xml.element("StUF:referentienummer", "LS-%06d".formatted(referentie.incrementAndGet()))
                .element("StUF:tijdstipBericht", tijdstip(clock.instant()))
                .optioneel("StUF:crossRefnummer", v.referentienummer());
        extra.accept(xml);
        xml.sluit(tag);
    }

    /** {@code sector} holds extra namespace declarations as attribute name/value pairs. */
    private static String envelop(Consumer<XmlSchrijver> body, String... sector) {
        String[] declaraties = new String[4 + sector.length];
        declaraties[0] = NS_SOAP;
        declaraties[1] = Namespaces.SOAP;
        declaraties[2] = NS_STUF;
        declaraties[3] = Namespaces.STUF;
        System.arraycopy(sector, 0, declaraties, 4, sector.length);
        XmlSchrijver xml = new XmlSchrijver();
        xml.open("soap:Envelope", declaraties).open("soap:Body");
        body.accept(xml);
        return xml.sluit("soap:Body").sluit("soap:Envelope").toString();
    }
}
