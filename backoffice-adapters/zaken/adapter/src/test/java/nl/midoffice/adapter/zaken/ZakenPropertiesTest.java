package nl.midoffice.adapter.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.midoffice.simulator.zaken.zgw.Elfproef;

/** The defaults run the demo; configured entries add to them. */
class ZakenPropertiesTest {

    static ZakenProperties standaard() {
        return new ZakenProperties(true, "http://localhost:8093/", "midoffice",
                "demo-only-zaken-secret-change-me-0123456789", Duration.ofSeconds(5), 4, null, null, null, null, true,
                "http://localhost:8081/api/v1/callbacks/zaken", "geheim", null, null);
    }

    @Test
    void theDemoMunicipalitiesHaveRsinsThatPassTheElfproef() {
        var properties = standaard();

        assertThat(properties.rsins()).containsEntry("9001", "009001001").containsEntry("9002", "009002005");
        // the zaaksysteem's own check (the simulator validates bronorganisatie with it)
        assertThat(properties.rsins().values()).allSatisfy(rsin ->
                assertThat(Elfproef.controleerRsin("bronorganisatie", rsin)).isEmpty());
    }

    @Test
    void catalogueUrlsFollowTheConfiguredUrl() {
        var properties = standaard();

        assertThat(properties.url()).isEqualTo("http://localhost:8093");
        assertThat(properties.zaaktypen()).containsEntry("verhuizing",
                "http://localhost:8093/catalogi/api/v1/zaaktypen/1f0c8a52-3b6e-4d2a-9c1e-5a7b00000002");
        assertThat(properties.roltypeInitiator())
                .isEqualTo("http://localhost:8093/catalogi/api/v1/roltypen/3b7e5d72-8f40-4c26-9e31-7d9f00000001");
        assertThat(properties.statustypeOntvangen())
                .isEqualTo("http://localhost:8093/catalogi/api/v1/statustypen/2a9d4c61-7e3f-4b15-8d20-6c8e00000001");
        assertThat(properties.zakenApi("zaken")).isEqualTo("http://localhost:8093/zaken/api/v1/zaken");
        assertThat(properties.notificatiesApi()).isEqualTo("http://localhost:8093/notificaties/api/v1");
    }

    @Test
    void configuredEntriesAddToAndOverrideTheDefaults() {
        var properties = new ZakenProperties(true, "http://zrc:8000", "midoffice", "s", Duration.ofSeconds(5), 4,
                Map.of("9003", "517439943", "9001", "002220647"), Map.of("bouwvergunning", "http://ztc/zaaktypen/9"),
                "http://ztc/roltypen/1", null, true, "http://mo/cb", "geheim", null, "http://nrc:8000/api/v1/");

        assertThat(properties.rsins()).containsEntry("9001", "002220647").containsEntry("9002", "009002005")
                .containsEntry("9003", "517439943");
        assertThat(properties.zaaktypen()).containsEntry("bouwvergunning", "http://ztc/zaaktypen/9")
                .containsKey("melding-openbare-ruimte");
        assertThat(properties.roltypeInitiator()).isEqualTo("http://ztc/roltypen/1");
        assertThat(properties.notificatiesApi()).isEqualTo("http://nrc:8000/api/v1");
        assertThat(properties.toString()).as("no secrets in logs").doesNotContain("geheim").doesNotContain("secret=");
    }
}
