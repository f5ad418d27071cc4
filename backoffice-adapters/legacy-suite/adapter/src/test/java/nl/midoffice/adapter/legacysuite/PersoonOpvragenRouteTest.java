package nl.midoffice.adapter.legacysuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.PersoonOpvragen;

/** How the suite's answers to npsLv01 become PersoonOpgevraagd. */
class PersoonOpvragenRouteTest {

    private final PersoonOpvragenRoute route = new PersoonOpvragenRoute(new StufBerichten(Voorbeelden.PROPERTIES, Clock.systemUTC()), new StufAntwoorden());

    private final PersoonOpvragen vraag = new PersoonOpvragen("m-1", "corr-1", null, "9001", "999993653",
            "parkeervergunning", true, Instant.now());

    @Test
    void aLa01WithAPersonIsFoundAndSaysWhatWasAsked() {
        var antwoord = route.antwoord(vraag, 200, Voorbeelden.lees("npsLa01.xml"));

        assertThat(antwoord.gevonden()).isTrue();
        assertThat(antwoord.persoon().adres().postcode()).isEqualTo("9001AB");
        assertThat(antwoord.opdrachtId()).isEqualTo("m-1");
        assertThat(antwoord.correlationId()).isEqualTo("corr-1");
        assertThat(antwoord.aanvraagId()).as("a prefill lookup has no aanvraag").isNull();
        assertThat(antwoord.systeem()).isEqualTo("legacy-suite");
        assertThat(antwoord.schaduw()).isTrue();
        assertThat(antwoord.gevraagdeGegevens()).contains("verblijfsadres", "inp.bsn").doesNotContain("geslachtsaanduiding");
    }

    @Test
    void anEmptyLa01IsNotFound() {
        String leeg = Voorbeelden.lees("npsLa01.xml").replaceAll("(?s)<BG:antwoord>.*</BG:antwoord>", "<BG:antwoord/>");

        var antwoord = route.antwoord(vraag, 200, leeg);

        assertThat(antwoord.gevonden()).isFalse();
        assertThat(antwoord.persoon()).isNull();
    }

    @Test
    void aRefusedBsnIsNotFoundRatherThanRetried() {
        String ongeldigBsn = Voorbeelden.lees("Fo03.xml").replace("Ongeldig BSN van de initiator", "Ongeldig BSN");

        assertThat(route.antwoord(vraag, 500, ongeldigBsn).gevonden()).isFalse();
    }

    @Test
    void anUnavailableSuiteIsTechnical() {
        String serverFout = Voorbeelden.lees("Fo03.xml").replace(">client<", ">server<");

        assertThatThrownBy(() -> route.antwoord(vraag, 503, "")).isInstanceOf(LegacySuiteStoring.class);
        assertThatThrownBy(() -> route.antwoord(vraag, 500, serverFout)).isInstanceOf(LegacySuiteStoring.class);
        assertThatThrownBy(() -> route.antwoord(vraag, 200, "<html/>")).isInstanceOf(LegacySuiteStoring.class);
    }
}
