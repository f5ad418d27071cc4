package nl.midoffice.simulator.legacysuite.zds;

import java.time.format.DateTimeFormatter;

import nl.midoffice.simulator.legacysuite.persoon.Persoon;
import nl.midoffice.simulator.legacysuite.persoon.Verblijfsadres;

/**
 * Writes one person as the {@code BG:object} of an npsLa01, in StUF-BG 0310 element order. An
 * element that is asked for but has no value is sent as StUF prescribes:
 * {@code xsi:nil="true" StUF:noValue="geenWaarde"}, so the asker can tell "empty" from "not asked".
 */
final class NpsLa01Schrijver {

    static final DateTimeFormatter STUF_DATUM = DateTimeFormatter.BASIC_ISO_DATE;

    private final XmlSchrijver xml;
    private final PersoonScope scope;

    private NpsLa01Schrijver(XmlSchrijver xml, PersoonScope scope) {
        this.xml = xml;
        this.scope = scope;
    }

    static void object(XmlSchrijver xml, Persoon persoon, PersoonScope scope) {
        new NpsLa01Schrijver(xml, scope).schrijf(persoon);
    }

    private void schrijf(Persoon p) {
        xml.open("BG:object", "StUF:entiteittype", "NPS");
        veld("inp.bsn", p.bsn());
        veld("geslachtsnaam", p.geslachtsnaam());
        veld("voorvoegselGeslachtsnaam", p.voorvoegselGeslachtsnaam());
        veld("voornamen", p.voornamen());
        veld("geslachtsaanduiding", p.geslachtsaanduiding());
        veld("geboortedatum", p.geboortedatum() == null ? null : STUF_DATUM.format(p.geboortedatum()));
        if (scope.vraagt("verblijfsadres")) {
            adres(p.verblijfsadres());
        }
        veld("inp.gemeenteVanInschrijving", p.gemeenteVanInschrijving());
        xml.sluit("BG:object");
    }

    private void adres(Verblijfsadres a) {
        xml.open("BG:verblijfsadres");
        adresveld("aoa.identificatie", a.identificatie());
        adresveld("wpl.woonplaatsNaam", a.woonplaatsNaam());
        adresveld("gor.openbareRuimteNaam", a.openbareRuimteNaam());
        adresveld("aoa.postcode", a.postcode());
        adresveld("aoa.huisnummer", String.valueOf(a.huisnummer()));
        adresveld("aoa.huisletter", a.huisletter());
        adresveld("aoa.huisnummertoevoeging", a.huisnummertoevoeging());
        xml.sluit("BG:verblijfsadres");
    }

    private void veld(String naam, String waarde) {
        if (scope.vraagt(naam)) {
            schrijf(naam, waarde);
        }
    }

    private void adresveld(String naam, String waarde) {
        if (scope.vraagtAdresveld(naam)) {
            schrijf(naam, waarde);
        }
    }

    private void schrijf(String naam, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            xml.leeg("BG:" + naam, "xsi:nil", "true", "StUF:noValue", "geenWaarde");
        } else {
            xml.element("BG:" + naam, waarde);
        }
    }
}
