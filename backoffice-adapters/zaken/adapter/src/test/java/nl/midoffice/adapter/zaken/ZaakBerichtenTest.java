package nl.midoffice.adapter.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.ZaakRegistreren;

/** How a command becomes the zaak, initiator and first status the Zaken API receives. */
class ZaakBerichtenTest {

    private static final ZakenProperties PROPERTIES = ZakenPropertiesTest.standaard();
    private final ZaakBerichten berichten = new ZaakBerichten(PROPERTIES,
            Clock.fixed(Instant.parse("2026-03-02T08:15:00Z"), ZoneOffset.UTC));

    private static ZaakRegistreren opdracht(String omschrijving, Instant tijdstip, Map<String, String> gegevens,
            boolean schaduw) {
        return new ZaakRegistreren("m-1", "3f1c2b9a-0d4e-4c6f-9a1b-2c3d4e5f6a7b", "7d1e0000-0000-4000-8000-000000000001",
                "MO-2026-000001", "9001", "melding-openbare-ruimte", "999993653", omschrijving, "De lantaarnpaal is kapot.",
                gegevens, tijdstip, schaduw);
    }

    @Test
    void theZaakIsIdentifiedByTheReferenceAndCarriesTheAanvraagAsKenmerk() {
        var zaak = berichten.zaak(opdracht("Melding openbare ruimte: straatverlichting",
                Instant.parse("2026-03-01T23:30:00Z"), Map.of(), false), "009001001", "http://zrc/zaaktypen/1");

        assertThat(zaak.path("identificatie").asText()).isEqualTo("MO-2026-000001");
        assertThat(zaak.path("bronorganisatie").asText()).isEqualTo("009001001");
        assertThat(zaak.path("verantwoordelijkeOrganisatie").asText()).isEqualTo("009001001");
        assertThat(zaak.path("zaaktype").asText()).isEqualTo("http://zrc/zaaktypen/1");
        assertThat(zaak.path("omschrijving").asText()).isEqualTo("Melding openbare ruimte: straatverlichting");
        assertThat(zaak.path("toelichting").asText()).isEqualTo("De lantaarnpaal is kapot.");
        assertThat(zaak.path("startdatum").asText()).as("the Dutch calendar day it was received")
                .isEqualTo("2026-03-02");
        assertThat(zaak.has("registratiedatum")).as("left to the zaaksysteem's clock").isFalse();
        assertThat(zaak.path("kenmerken").toString()).isEqualTo("[{\"kenmerk\":\"7d1e0000-0000-4000-8000-000000000001\","
                + "\"bron\":\"midoffice-aanvraag\"},{\"kenmerk\":\"3f1c2b9a-0d4e-4c6f-9a1b-2c3d4e5f6a7b\","
                + "\"bron\":\"midoffice-correlatie\"}]");
        assertThat(zaak.toString()).as("the BSN goes with the initiator only").doesNotContain("999993653");
    }

    @Test
    void aShadowRegistrationIsMarked() {
        var zaak = berichten.zaak(opdracht("Melding", Instant.now(), Map.of(), true), "009001001", "http://zrc/zt/1");

        assertThat(zaak.path("kenmerken").toString()).contains("{\"kenmerk\":\"schaduw\",\"bron\":\"midoffice-schaduw\"}");
    }

    @Test
    void aLongDescriptionIsShortenedToWhatTheApiAccepts() {
        var zaak = berichten.zaak(opdracht("x".repeat(200), null, Map.of(), false), "009001001", "http://zrc/zt/1");

        assertThat(zaak.path("omschrijving").asText()).hasSize(80).endsWith("…");
        assertThat(zaak.path("startdatum").asText()).as("no tijdstip: today").isEqualTo("2026-03-02");
    }

    @Test
    void coordinatesBecomeAGeoJsonPoint() {
        var zaak = berichten.zaak(opdracht("Melding", Instant.now(),
                Map.of("locatie.lat", "52.0907", "locatie.lon", "5.1214"), false), "009001001", "http://zrc/zt/1");

        assertThat(zaak.path("zaakgeometrie").toString()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[5.1214,52.0907]}");
        assertThat(ZaakBerichten.geometrie(opdracht("M", null, Map.of("locatie.postcode", "1234AB"), false))).isEmpty();
        assertThat(ZaakBerichten.geometrie(opdracht("M", null, Map.of("locatie.lat", "noord", "locatie.lon", "5"), false)))
                .isEmpty();
    }

    @Test
    void theInitiatorIsANaturalPersonByBsnAndTheFirstStatusIsOntvangen() {
        var rol = berichten.initiator("http://zrc/zaken/1", "999993653");
        var status = berichten.eersteStatus("http://zrc/zaken/1");

        assertThat(rol.path("betrokkeneType").asText()).isEqualTo("natuurlijk_persoon");
        assertThat(rol.path("roltype").asText()).isEqualTo(PROPERTIES.roltypeInitiator());
        assertThat(rol.path("betrokkeneIdentificatie").path("inpBsn").asText()).isEqualTo("999993653");
        assertThat(status.path("statustype").asText()).isEqualTo(PROPERTIES.statustypeOntvangen());
        assertThat(status.path("zaak").asText()).isEqualTo("http://zrc/zaken/1");
        assertThat(status.path("datumStatusGezet").asText()).isEqualTo("2026-03-02T09:15+01:00");
    }
}
