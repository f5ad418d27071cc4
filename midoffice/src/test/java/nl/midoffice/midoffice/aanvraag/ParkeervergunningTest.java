package nl.midoffice.midoffice.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParkeervergunningTest {

    private final Parkeervergunning product = new Parkeervergunning(
            Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    @ParameterizedTest
    @ValueSource(strings = {"AB-12-34", "12-34-AB", "12-AB-34", "AB-12-CD", "AB-CD-12", "12-AB-CD", "12-ABC-3",
            "1-ABC-23", "AB-123-C", "A-123-BC", "ABC-12-D", "A-12-BCD", "1-AB-234", "123-AB-4", "ab123c", "AB 123 C"})
    void dutchLicencePlatesWithOrWithoutDashes(String kenteken) {
        assertThat(Parkeervergunning.isKenteken(kenteken)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC123", "123456", "ABCDEF", "AB-12", "AB-123-CD", "AB_123_C", "ÄB-123-C"})
    void otherTextIsNoLicencePlate(String kenteken) {
        assertThat(Parkeervergunning.isKenteken(kenteken)).isFalse();
    }

    @Test
    void aValidApplication() {
        assertThat(ProductValidatie.ongeldigeVelden(product, "{\"kenteken\":\"AB-123-C\",\"ingangsdatum\":\"2026-12-01\"}"))
                .isEmpty();
    }

    @Test
    void startDateFromTodayToThreeMonthsAhead() {
        assertThat(ProductValidatie.ongeldigeVelden(product, "{\"kenteken\":\"AB-123-C\",\"ingangsdatum\":\"2026-11-27\"}"))
                .containsExactly("gegevens.ingangsdatum");
        assertThat(ProductValidatie.ongeldigeVelden(product, "{\"kenteken\":\"AB-123-C\",\"ingangsdatum\":\"2027-03-01\"}"))
                .containsExactly("gegevens.ingangsdatum");
        assertThat(ProductValidatie.ongeldigeVelden(product, "{\"kenteken\":\"AB-123-C\",\"ingangsdatum\":\"2026-11-28\"}"))
                .isEmpty();
    }

    @Test
    void missingFieldsAndABadPlate() {
        assertThat(ProductValidatie.ongeldigeVelden(product, "{}"))
                .containsExactly("gegevens.kenteken", "gegevens.ingangsdatum");
        assertThat(ProductValidatie.ongeldigeVelden(product, "{\"kenteken\":\"ABC123\",\"ingangsdatum\":\"2026-12-01\"}"))
                .containsExactly("gegevens.kenteken");
    }

    @Test
    void thePlateIsStoredInOneSpelling() {
        var gegevens = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree("{\"kenteken\":\"ab-123 c\",\"ingangsdatum\":\"2026-12-01\"}");
        assertThat(product.genormaliseerd(gegevens).path("kenteken").asString()).isEqualTo("AB123C");
    }

    @Test
    void theZaakNamesThePlate() {
        var gegevens = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree("{\"kenteken\":\"ab-123-c\",\"ingangsdatum\":\"2026-12-01\"}");
        assertThat(product.zaakomschrijving(gegevens)).isEqualTo("Parkeervergunning bewoners voor AB123C");
    }
}
