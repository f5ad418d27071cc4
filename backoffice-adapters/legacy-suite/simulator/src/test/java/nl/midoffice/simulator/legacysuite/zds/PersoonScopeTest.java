package nl.midoffice.simulator.legacysuite.zds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PersoonScopeTest {

    @Test
    void zonderScopeWordtAllesGevraagd() {
        PersoonScope scope = scope("");
        assertThat(scope.vraagt("geboortedatum")).isTrue();
        assertThat(scope.vraagtAdresveld("aoa.postcode")).isTrue();
    }

    @Test
    void scopeAllesVraagtAlles() {
        PersoonScope scope = scope("<BG:scope><BG:object StUF:entiteittype=\"NPS\" StUF:scope=\"alles\"/></BG:scope>");
        assertThat(scope.vraagt("voornamen")).isTrue();
        assertThat(scope.vraagtAdresveld("aoa.huisnummer")).isTrue();
    }

    @Test
    void verblijfsadresZonderKinderenVraagtHetHeleAdres() {
        PersoonScope scope = scope("<BG:scope><BG:object><BG:verblijfsadres xsi:nil=\"true\"/></BG:object></BG:scope>");
        assertThat(scope.vraagtAdresveld("aoa.postcode")).isTrue();
        assertThat(scope.vraagtAdresveld("wpl.woonplaatsNaam")).isTrue();
        assertThat(scope.vraagt("geslachtsnaam")).isFalse();
    }

    @Test
    void alleenGenoemdeElementenEnAltijdHetBsn() {
        PersoonScope scope = scope("<BG:scope><BG:object><BG:voornamen xsi:nil=\"true\"/></BG:object></BG:scope>");
        assertThat(scope.vraagt("voornamen")).isTrue();
        assertThat(scope.vraagt("inp.bsn")).isTrue();
        assertThat(scope.vraagt("geslachtsnaam")).isFalse();
        assertThat(scope.vraagt("verblijfsadres")).isFalse();
        assertThat(scope.vraagtAdresveld("aoa.postcode")).isFalse();
    }

    private static PersoonScope scope(String scope) {
        String xml = """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:StUF="http://www.egem.nl/StUF/StUF0301" xmlns:BG="http://www.egem.nl/StUF/sector/bg/0310"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <soap:Body><BG:npsLv01>%s</BG:npsLv01></soap:Body>
                </soap:Envelope>""".formatted(scope);
        return PersoonScope.uit(SoapVerzoek.uit(VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8))).bericht());
    }
}
