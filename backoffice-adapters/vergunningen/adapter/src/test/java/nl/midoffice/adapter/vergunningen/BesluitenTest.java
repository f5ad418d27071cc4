package nl.midoffice.adapter.vergunningen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Capability;

/** How a delivered decision becomes the citizen's status. */
class BesluitenTest {

    private static final String AANVRAAG = "0b6f1c1e-6a7b-4c1d-9e2f-3a4b5c6d7e8f";
    private static final String VERLEEND = """
            {"id":"e7acb6e5-1","referentie":"MO-2026-000001","besluit":"VERLEEND",
             "reden":"Aan de voorwaarden voor een bewonersparkeervergunning is voldaan",
             "vergunningnummer":"PV-9001-000001","geldigVanaf":"2026-12-03","geldigTot":"2027-12-03",
             "besluitdatum":"2026-11-28","nieuwVeld":true}""";
    private static final String AFGEWEZEN = """
            {"id":"e7acb6e5-2","referentie":"MO-2026-000002","besluit":"AFGEWEZEN",
             "reden":"Op dit adres is al een parkeervergunning verleend","besluitdatum":"2026-11-28"}""";

    @Test
    void grantedIsAfgehandeldWithASentenceForTheCitizen() {
        var resultaat = Besluiten.resultaat("aanvraagId=" + AANVRAAG, "corr-1", VERLEEND);

        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.AFGEHANDELD);
        assertThat(resultaat.reden()).isEqualTo("Uw parkeervergunning is verleend onder nummer PV-9001-000001,"
                + " geldig van 3 december 2026 tot 3 december 2027.");
        assertThat(resultaat.aanvraagId()).isEqualTo(AANVRAAG);
        assertThat(resultaat.correlationId()).isEqualTo("corr-1");
        assertThat(resultaat.capability()).isEqualTo(Capability.VERGUNNINGEN);
        assertThat(resultaat.systeem()).isEqualTo("vergunningen");
        assertThat(resultaat.schaduw()).isFalse();
    }

    @Test
    void refusedIsAfgewezenWithTheServicesReason() {
        var resultaat = Besluiten.resultaat("aanvraagId=" + AANVRAAG + "&schaduw=true", null, AFGEWEZEN);

        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.AFGEWEZEN);
        assertThat(resultaat.reden()).as("the reason alone: the portal says 'afgewezen' itself")
                .isEqualTo("Op dit adres is al een parkeervergunning verleend.");
        assertThat(resultaat.schaduw()).isTrue();
        assertThat(Besluiten.afgewezen(new Besluitbericht("x", "r", "AFGEWEZEN", null, null, null, null, null)))
                .isEqualTo("De vergunningverlener heeft geen reden opgegeven.");
    }

    @Test
    void aRepeatedDeliveryGivesTheSameMessageId() {
        assertThat(Besluiten.resultaat("aanvraagId=" + AANVRAAG, null, VERLEEND).messageId())
                .isEqualTo(Besluiten.resultaat("aanvraagId=" + AANVRAAG, null, VERLEEND).messageId())
                .isNotEqualTo(Besluiten.resultaat("aanvraagId=" + AANVRAAG, null, AFGEWEZEN).messageId());
    }

    @Test
    void anOddCorrelationIdIsDropped() {
        assertThat(Besluiten.resultaat("aanvraagId=" + AANVRAAG, "a b\r\nc", VERLEEND).correlationId()).isNull();
    }

    @Test
    void whatIsNoDecisionIsRefused() {
        String query = "aanvraagId=" + AANVRAAG;
        for (String body : new String[] {null, "", "{", "[]", "{\"id\":\"x\"}", "{} {}",
                "{\"id\":\"x\",\"referentie\":\"r\",\"besluit\":\"MISSCHIEN\"}",
                "{\"id\":\"x\",\"referentie\":\"r\",\"besluit\":\"VERLEEND\",\"geldigVanaf\":\"morgen\"}"}) {
            assertThatThrownBy(() -> Besluiten.resultaat(query, null, body)).as(body)
                    .isInstanceOf(OngeldigBesluit.class);
        }
    }

    @Test
    void aCallbackMustSayWhichAanvraagItIsAbout() {
        for (String query : new String[] {null, "", "aanvraagId=", "aanvraagId=12", "anders=" + AANVRAAG,
                "aanvraagId=%zz"}) {
            assertThatThrownBy(() -> Besluiten.resultaat(query, null, VERLEEND)).as(query)
                    .isInstanceOf(OngeldigBesluit.class);
        }
    }
}
