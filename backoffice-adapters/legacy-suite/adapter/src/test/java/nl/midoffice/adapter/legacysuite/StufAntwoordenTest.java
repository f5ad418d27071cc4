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
    void readsThePersonOfAnNpsLa01IntoTheCanonicalModel() {
        var persoon = antwoorden.persoon(Voorbeelden.lees("npsLa01.xml")).orElseThrow();

        assertThat(persoon.bsn()).isEqualTo("999993653");
        assertThat(persoon.volledigeNaam()).isEqualTo("Jan Pieter de Vries");
        assertThat(persoon.geboortedatum()).isEqualTo("1975-03-14");
        assertThat(persoon.gemeenteVanInschrijving()).isEqualTo("9001");
        assertThat(persoon.adres().straat()).isEqualTo("Lindelaan");
        assertThat(persoon.adres().huisnummer()).isEqualTo(12);
        assertThat(persoon.adres().postcode()).isEqualTo("9001AB");
        assertThat(persoon.adres().woonplaats()).isEqualTo("Lindeveen");
        assertThat(persoon.adres().huisletter()).as("xsi:nil, StUF:noValue").isNull();
        assertThat(persoon.adres().huisnummertoevoeging()).isNull();
    }

    @Test
    void anEmptyAntwoordMeansTheSuiteDoesNotKnowThePerson() {
        String leeg = Voorbeelden.lees("npsLa01.xml").replaceAll("(?s)<BG:antwoord>.*</BG:antwoord>", "<BG:antwoord/>");

        assertThat(antwoorden.persoon(leeg)).isEmpty();
    }

    @Test
    void anAnswerThatIsNoNpsLa01IsTechnical() {
        assertThatThrownBy(() -> antwoorden.persoon(Voorbeelden.lees("Bv03.xml"))).isInstanceOf(OnleesbaarAntwoord.class);
    }

    @Test
    void stufDatesBecomeIsoAndIncompleteOnesUnknown() {
        assertThat(StufAntwoorden.datum("19750314")).isEqualTo("1975-03-14");
        assertThat(StufAntwoorden.datum("19750000")).isNull();
        assertThat(StufAntwoorden.postcode("9001 ab")).isEqualTo("9001AB");
    }

    @Test
    void readsThePermitDecisionBesideTheStatuses() {
        var stand = antwoorden.zaakstand(Voorbeelden.lees("geefZaakstatus_ZakLa01_besluit.xml"));

        assertThat(stand.resultaat()).get().satisfies(r -> {
            assertThat(r.isVerleend()).isTrue();
            assertThat(r.toelichting()).startsWith("Parkeervergunning verleend, vergunningnummer PV-9001-000001");
        });
        assertThat(stand.statussen()).extracting(StufAntwoorden.Zaakstatus::omschrijving)
                .containsExactly("Geregistreerd", "Afgehandeld");
        assertThat(antwoorden.zaakstand(Voorbeelden.lees("geefZaakstatus_ZakLa01.xml")).resultaat()).isEmpty();
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
