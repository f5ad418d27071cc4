package nl.midoffice.adapter.legacysuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.AanvraagStatus;

class StufAntwoordenTest {

    private final StufAntwoorden antwoorden = new StufAntwoorden();

    @Test
    void recognisesBv03() {
        assertThat(antwoorden.isBv03(Voorbeelden.lees("Bv03.xml"))).isTrue();
        assertThat(antwoorden.isBv03(Voorbeelden.lees("Fo03.xml"))).isFalse();
    }

    @Test
    void readsFo03FromSoapFaultDetail() {
        var fo03 = antwoorden.fo03(Voorbeelden.lees("Fo03.xml")).orElseThrow();

        assertThat(fo03.code()).isEqualTo("StUF055");
        assertThat(fo03.plek()).isEqualTo("client");
        assertThat(fo03.isFunctioneel()).isTrue();
        assertThat(fo03.omschrijving()).isEqualTo("Ongeldig BSN van de initiator");
    }

    @Test
    void readsStatusesOldestFirstAndMapsThem() {
        var statussen = antwoorden.zaakstatussen(Voorbeelden.lees("geefZaakstatus_ZakLa01.xml"));

        assertThat(statussen).extracting(StufAntwoorden.Zaakstatus::omschrijving)
                .containsExactly("Geregistreerd", "In behandeling");
        assertThat(statussen.get(1).alsAanvraagStatus()).contains(AanvraagStatus.IN_BEHANDELING);
        assertThat(statussen.get(1).toelichting()).isEqualTo("Opgepakt door team Buitenruimte");
        assertThat(statussen.get(1).tijdstip()).isNotNull();
    }

    @Test
    void unknownZaakHasNoStatuses() {
        String leeg = Voorbeelden.lees("geefZaakstatus_ZakLa01.xml")
                .replaceAll("(?s)<ZKN:antwoord>.*</ZKN:antwoord>", "<ZKN:antwoord/>");

        assertThat(antwoorden.zaakstatussen(leeg)).isEmpty();
    }

    @Test
    void refusesDoctypesSoNoEntityIsEverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
                <StUF:Bv03Bericht xmlns:StUF="http://www.egem.nl/StUF/StUF0301">&xxe;</StUF:Bv03Bericht>
                </soap:Body></soap:Envelope>""";

        assertThatThrownBy(() -> antwoorden.isBv03(xxe)).isInstanceOf(OnleesbaarAntwoord.class);
        assertThat(antwoorden.fo03(xxe)).isEmpty();
    }

    @Test
    void garbageIsATechnicalFailure() {
        assertThatThrownBy(() -> antwoorden.isBv03("<html>Bad Gateway")).isInstanceOf(LegacySuiteStoring.class);
        assertThatThrownBy(() -> antwoorden.zaakstatussen("")).isInstanceOf(LegacySuiteStoring.class);
    }
}
