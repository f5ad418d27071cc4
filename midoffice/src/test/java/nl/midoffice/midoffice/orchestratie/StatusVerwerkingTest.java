package nl.midoffice.midoffice.orchestratie;

import static nl.midoffice.contracts.AanvraagStatus.AFGEHANDELD;
import static nl.midoffice.contracts.AanvraagStatus.AFGEWEZEN;
import static nl.midoffice.contracts.AanvraagStatus.GEREGISTREERD;
import static nl.midoffice.contracts.AanvraagStatus.IN_BEHANDELING;
import static nl.midoffice.contracts.AanvraagStatus.ONTVANGEN;
import static nl.midoffice.contracts.AanvraagStatus.VERTRAAGD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class StatusVerwerkingTest {

    @Test
    void statusesOnlyMoveForward() {
        assertThat(StatusVerwerking.isVooruitgang(ONTVANGEN, GEREGISTREERD)).isTrue();
        assertThat(StatusVerwerking.isVooruitgang(VERTRAAGD, GEREGISTREERD)).isTrue();
        assertThat(StatusVerwerking.isVooruitgang(GEREGISTREERD, IN_BEHANDELING)).isTrue();
        assertThat(StatusVerwerking.isVooruitgang(GEREGISTREERD, AFGEHANDELD)).isTrue();
        assertThat(StatusVerwerking.isVooruitgang(ONTVANGEN, AFGEWEZEN)).isTrue();

        assertThat(StatusVerwerking.isVooruitgang(GEREGISTREERD, GEREGISTREERD)).isFalse();
        assertThat(StatusVerwerking.isVooruitgang(IN_BEHANDELING, GEREGISTREERD)).isFalse();
        assertThat(StatusVerwerking.isVooruitgang(AFGEHANDELD, AFGEWEZEN)).isFalse();
    }

    @Test
    void vertraagdOnlyBeforeRegistration() {
        assertThat(StatusVerwerking.isVooruitgang(ONTVANGEN, VERTRAAGD)).isTrue();
        assertThat(StatusVerwerking.isVooruitgang(VERTRAAGD, VERTRAAGD)).isFalse();
        assertThat(StatusVerwerking.isVooruitgang(GEREGISTREERD, VERTRAAGD)).isFalse();
    }

    @Test
    void gegevensAreFlattenedForTheBackOffice() {
        var gegevens = JsonMapper.builder().build().readTree("""
                {"categorie":"afval","locatie":{"postcode":"1234AB","huisnummer":12},"meeverhuizers":["1","2"],"x":null}""");

        assertThat(Stappen.plat(gegevens)).containsExactly(
                java.util.Map.entry("categorie", "afval"),
                java.util.Map.entry("locatie.postcode", "1234AB"),
                java.util.Map.entry("locatie.huisnummer", "12"),
                java.util.Map.entry("meeverhuizers[0]", "1"),
                java.util.Map.entry("meeverhuizers[1]", "2"));
    }
}
