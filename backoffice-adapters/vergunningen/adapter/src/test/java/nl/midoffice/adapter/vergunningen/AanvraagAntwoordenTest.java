package nl.midoffice.adapter.vergunningen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.VergunningAanvragen;
import nl.midoffice.contracts.Woonadres;

/** What the service's answers to an application mean for the aanvraag. */
class AanvraagAntwoordenTest {

    static final VergunningAanvragen OPDRACHT = new VergunningAanvragen("m-1", "corr-1", "aanvraag-1",
            "MO-2026-000001", "9001", "parkeervergunning", "999993653", "AB123C", "2026-12-01",
            new Woonadres("Dorpsstraat", 12, "a", null, "1234AB", "Lindeveen"), "MO-2026-000001", true, Instant.now());

    @Test
    void takenOrAlreadyKnownMeansInBehandeling() {
        for (int code : new int[] {202, 200}) {
            var resultaat = AanvraagAntwoorden.resultaat(OPDRACHT, code, "{\"status\":\"IN_BEHANDELING\"}");

            assertThat(resultaat.status()).isEqualTo(AanvraagStatus.IN_BEHANDELING);
            assertThat(resultaat.capability()).isEqualTo(Capability.VERGUNNINGEN);
            assertThat(resultaat.systeem()).isEqualTo("vergunningen");
            assertThat(resultaat.aanvraagId()).isEqualTo("aanvraag-1");
            assertThat(resultaat.correlationId()).isEqualTo("corr-1");
            assertThat(resultaat.reden()).isNull();
            assertThat(resultaat.schaduw()).isTrue();
        }
    }

    @Test
    void aRedeliveredCommandGivesTheSameResultMessageId() {
        assertThat(AanvraagAntwoorden.resultaat(OPDRACHT, 202, "").messageId())
                .isEqualTo(AanvraagAntwoorden.resultaat(OPDRACHT, 200, "").messageId());
    }

    @Test
    void faultsInTheCitizensDataAreARefusalInTheirWords() {
        String probleem = """
                {"title":"Ongeldige aanvraag","status":400,"invalidParams":[
                 {"name":"kenteken","code":"invalid","reason":"is geen Nederlands kenteken (sidecode 1 tot en met 14)"},
                 {"name":"aanvrager.woonadres.postcode","code":"invalid","reason":"moet 4 cijfers zijn"}]}""";

        var resultaat = AanvraagAntwoorden.resultaat(OPDRACHT, 400, probleem);

        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.AFGEWEZEN);
        assertThat(resultaat.reden()).isEqualTo("Uw aanvraag voor een parkeervergunning kon niet in behandeling"
                + " worden genomen: het kenteken is geen Nederlands kenteken (sidecode 1 tot en met 14);"
                + " de postcode van uw woonadres moet 4 cijfers zijn.");
    }

    @Test
    void faultsInWhatTheAdapterSendsAreParkedNotShownToTheCitizen() {
        String probleem = """
                {"status":400,"invalidParams":[{"name":"kenteken","code":"invalid","reason":"x"},
                 {"name":"callbackUrl","code":"invalid","reason":"moet een absolute http- of https-URL zijn"}]}""";

        assertThatThrownBy(() -> AanvraagAntwoorden.resultaat(OPDRACHT, 400, probleem))
                .isInstanceOf(OnverwerkbaarBericht.class).hasMessageContaining("callbackUrl (invalid)");
        assertThatThrownBy(() -> AanvraagAntwoorden.resultaat(OPDRACHT, 400, "{\"title\":\"Ongeldige aanvraag\"}"))
                .isInstanceOf(OnverwerkbaarBericht.class);
        assertThatThrownBy(() -> AanvraagAntwoorden.resultaat(OPDRACHT, 400, "<html>"))
                .isInstanceOf(OnverwerkbaarBericht.class);
    }

    @Test
    void aReferenceTakenByOtherContentIsParked() {
        assertThatThrownBy(() -> AanvraagAntwoorden.resultaat(OPDRACHT, 409, "{}"))
                .isInstanceOf(OnverwerkbaarBericht.class).hasMessageContaining("MO-2026-000001");
    }

    @Test
    void aRefusedKeyAndServerErrorsAreTechnical() {
        assertThatThrownBy(() -> AanvraagAntwoorden.resultaat(OPDRACHT, 401, "{}"))
                .isInstanceOf(VergunningenStoring.class).hasMessageContaining("api-sleutel");
        assertThatThrownBy(() -> AanvraagAntwoorden.resultaat(OPDRACHT, 403, ""))
                .isInstanceOf(VergunningenStoring.class);
        assertThatThrownBy(() -> AanvraagAntwoorden.resultaat(OPDRACHT, 503, "{\"title\":\"Dienst niet beschikbaar\"}"))
                .isInstanceOf(VergunningenStoring.class).hasMessageContaining("503 (Dienst niet beschikbaar)");
        assertThatThrownBy(() -> AanvraagAntwoorden.resultaat(OPDRACHT, 404, null))
                .isInstanceOf(VergunningenStoring.class);
    }
}
