package nl.midoffice.adapter.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.PersoonOpvragen;

/** How the BRP's answers become answers for the mid-office. */
class PersoonOpvragenRouteTest {

    private final PersoonOpvragenRoute route = new PersoonOpvragenRoute(
            new BrpProperties(true, "http://localhost:8092", "/haalcentraal/api/brp/personen", null,
                    Duration.ofSeconds(5), 1),
            new BrpBerichten(), new BrpAntwoorden());

    private final PersoonOpvragen vraag = new PersoonOpvragen("vraag-1", "corr-1", "aanvraag-1", "9001", "999993653",
            "verhuizing", true, Instant.now());

    @Test
    void aFoundPersonIsAnsweredWithTheQuestionsIdsAndWhatWasAskedFor() {
        var antwoord = route.antwoord(vraag, 200, """
                {"type":"RaadpleegMetBurgerservicenummer","personen":[{"naam":{"geslachtsnaam":"Vries"}}]}""");

        assertThat(antwoord.gevonden()).isTrue();
        assertThat(antwoord.persoon().geslachtsnaam()).isEqualTo("Vries");
        assertThat(antwoord.opdrachtId()).isEqualTo("vraag-1");
        assertThat(antwoord.correlationId()).isEqualTo("corr-1");
        assertThat(antwoord.aanvraagId()).isEqualTo("aanvraag-1");
        assertThat(antwoord.systeem()).isEqualTo("brp");
        assertThat(antwoord.schaduw()).isTrue();
        assertThat(antwoord.gevraagdeGegevens())
                .containsExactly("naam", "geboortedatum", "verblijfplaats", "gemeenteVanInschrijving");
    }

    @Test
    void nobodyIsAnAnswerTooNotAnError() {
        var antwoord = route.antwoord(vraag, 200, "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[]}");

        assertThat(antwoord.gevonden()).isFalse();
        assertThat(antwoord.persoon()).isNull();
        assertThat(antwoord.gevraagdeGegevens()).isNotEmpty();
    }

    @Test
    void unavailabilityThrowsSoTheMessageIsRetried() {
        assertThatThrownBy(() -> route.antwoord(vraag, 503, "")).isInstanceOf(BrpStoring.class);
    }

    @Test
    void aDelayIsReportedForTheAanvraagAndOnlyAsShadowWhenItIsOne() {
        var betreft = PersoonOpvragenRoute.betreft(vraag);

        assertThat(betreft.aanvraagId()).isEqualTo("aanvraag-1");
        assertThat(betreft.correlationId()).isEqualTo("corr-1");
        assertThat(betreft.systeem()).isEqualTo("brp");
        assertThat(betreft.capability()).isEqualTo(Capability.PERSOONSGEGEVENS);
        assertThat(betreft.schaduw()).isTrue();
    }
}
