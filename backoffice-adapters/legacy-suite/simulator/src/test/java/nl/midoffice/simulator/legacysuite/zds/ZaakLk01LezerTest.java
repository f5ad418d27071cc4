package nl.midoffice.simulator.legacysuite.zds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.midoffice.simulator.legacysuite.Berichten;
import nl.midoffice.simulator.legacysuite.zaak.NieuweZaak;

class ZaakLk01LezerTest {

    @Test
    void leestHetGepubliceerdeVoorbeeld() {
        SoapVerzoek verzoek = verzoek(Berichten.creeerZaak());
        NieuweZaak zaak = ZaakLk01Lezer.lees(verzoek, "0000");

        assertThat(zaak.identificatie()).isEqualTo("MO-2026-000001");
        assertThat(zaak.gemeente()).isEqualTo("9001");
        assertThat(zaak.omschrijving()).isEqualTo("Melding openbare ruimte: straatverlichting");
        assertThat(zaak.toelichting()).isEqualTo("Lantaarnpaal brandt niet");
        assertThat(zaak.aanvraagId()).isEqualTo(Berichten.VOORBEELD_AANVRAAG);
        assertThat(zaak.startdatum()).isEqualTo("20261128");
        assertThat(zaak.zaaktypeCode()).isEqualTo("melding-openbare-ruimte");
        assertThat(zaak.zaaktypeOmschrijving()).isEqualTo("Melding openbare ruimte");
        assertThat(zaak.initiatorBsn()).isEqualTo("999993653");
        assertThat(verzoek.stuurgegevens().referentienummer()).isEqualTo(Berichten.VOORBEELD_REFERENTIE);
        assertThat(verzoek.stuurgegevens().zenderApplicatie()).isEqualTo("MIDOFFICE");
    }

    @Test
    void leestDeVariantVanEenGangbaarLoket() {
        SoapVerzoek verzoek = verzoek(Berichten.resource("creeerZaak_ZakLk01_loket.xml"));
        NieuweZaak zaak = ZaakLk01Lezer.lees(verzoek, "0000");

        assertThat(zaak.identificatie()).isEqualTo("0002-EF-000077");
        assertThat(zaak.gemeente()).isEqualTo("9002");
        assertThat(zaak.toelichting()).as("xsi:nil / StUF:noValue betekent: geen waarde").isNull();
        assertThat(zaak.aanvraagId()).as("alleen een kenmerk met bron midoffice-aanvraag is een aanvraag-id").isNull();
        assertThat(zaak.zaaktypeCode()).isEqualTo("B1026");
        assertThat(zaak.initiatorBsn()).isEqualTo("111222333");
        assertThat(verzoek.stuurgegevens().referentienummer()).isEqualTo("EF-2026-77");
    }

    @Test
    void ongeldigBsnIsStuf055() {
        SoapVerzoek verzoek = verzoek(Berichten.creeerZaak("Z-1", "123456789"));
        assertThatThrownBy(() -> ZaakLk01Lezer.lees(verzoek, "0000"))
                .isInstanceOfSatisfying(StufFout.class, f -> {
                    assertThat(f.code()).isEqualTo("StUF055");
                    assertThat(f.plek()).isEqualTo(StufFout.Plek.CLIENT);
                    assertThat(f.omschrijving()).isEqualTo("Ongeldig BSN van de initiator");
                    assertThat(f.details()).doesNotContain("123456789");
                });
    }

    @Test
    void ontbrekendeIdentificatieWordtGeweigerd() {
        SoapVerzoek verzoek = verzoek(Berichten.creeerZaak()
                .replace("<ZKN:identificatie>MO-2026-000001</ZKN:identificatie>", ""));
        assertThatThrownBy(() -> ZaakLk01Lezer.lees(verzoek, "0000"))
                .isInstanceOfSatisfying(StufFout.class, f -> assertThat(f.omschrijving()).isEqualTo("Zaakidentificatie ontbreekt"));
    }

    @Test
    void ongeldigeStartdatumWordtGeweigerd() {
        SoapVerzoek verzoek = verzoek(Berichten.creeerZaak().replace("<ZKN:startdatum>20261128", "<ZKN:startdatum>20261332"));
        assertThatThrownBy(() -> ZaakLk01Lezer.lees(verzoek, "0000"))
                .isInstanceOfSatisfying(StufFout.class, f -> assertThat(f.omschrijving()).isEqualTo("Ongeldige startdatum"));
    }

    @Test
    void initiatorZonderNatuurlijkPersoonWordtGeweigerd() {
        SoapVerzoek verzoek = verzoek(Berichten.creeerZaak().replace("natuurlijkPersoon", "nietNatuurlijkPersoon"));
        assertThatThrownBy(() -> ZaakLk01Lezer.lees(verzoek, "0000"))
                .isInstanceOfSatisfying(StufFout.class, f -> assertThat(f.omschrijving()).isEqualTo("Initiator ontbreekt"));
    }

    private static SoapVerzoek verzoek(String xml) {
        return SoapVerzoek.uit(VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
