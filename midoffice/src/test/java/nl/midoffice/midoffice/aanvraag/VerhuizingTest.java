package nl.midoffice.midoffice.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.midoffice.midoffice.api.InvalidParam;

class VerhuizingTest {

    /** 28 November 2026, so 4 weeks ahead is 26 December and 5 days back is 23 November. */
    private final Verhuizing product = new Verhuizing(
            Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    private static String gegevens(String adres, String datum, String meeverhuizers) {
        return "{\"nieuwAdres\":" + adres + ",\"verhuisdatum\":\"" + datum + "\",\"meeverhuizers\":" + meeverhuizers + "}";
    }

    @Test
    void aMoveWithinTheWindowWithCoMovers() {
        assertThat(ProductValidatie.ongeldigeVelden(product, gegevens(
                "{\"postcode\":\"1234AB\",\"huisnummer\":7,\"huisletter\":\"a\",\"huisnummertoevoeging\":\"2\"}",
                "2026-12-26", "[\"999995492\",\"999991802\"]"))).isEmpty();
        assertThat(ProductValidatie.ongeldigeVelden(product, gegevens("{\"postcode\":\"1234AB\",\"huisnummer\":7}",
                "2026-11-23", "[]"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            more than 4 weeks ahead | {"postcode":"1234AB","huisnummer":7} | 2026-12-27 | []                          | gegevens.verhuisdatum
            more than 5 days back   | {"postcode":"1234AB","huisnummer":7} | 2026-11-22 | []                          | gegevens.verhuisdatum
            not a date              | {"postcode":"1234AB","huisnummer":7} | 28-11-2026 | []                          | gegevens.verhuisdatum
            impossible date         | {"postcode":"1234AB","huisnummer":7} | 2026-02-30 | []                          | gegevens.verhuisdatum
            bad postcode            | {"postcode":"1234","huisnummer":7}   | 2026-12-01 | []                          | gegevens.nieuwAdres.postcode
            two-letter huisletter   | {"postcode":"1234AB","huisnummer":7,"huisletter":"ab"} | 2026-12-01 | [] | gegevens.nieuwAdres.huisletter
            long toevoeging         | {"postcode":"1234AB","huisnummer":7,"huisnummertoevoeging":"12345"} | 2026-12-01 | [] | gegevens.nieuwAdres.huisnummertoevoeging
            co-mover fails 11-proef | {"postcode":"1234AB","huisnummer":7} | 2026-12-01 | ["999993654"]               | gegevens.meeverhuizers[0]
            co-mover twice          | {"postcode":"1234AB","huisnummer":7} | 2026-12-01 | ["999995492","999995492"]   | gegevens.meeverhuizers[1]
            co-movers not a list    | {"postcode":"1234AB","huisnummer":7} | 2026-12-01 | "999995492"                 | gegevens.meeverhuizers
            """)
    void invalidMovesNameTheField(String geval, String adres, String datum, String meeverhuizers, String veld) {
        assertThat(ProductValidatie.ongeldigeVelden(product, gegevens(adres, datum, meeverhuizers)))
                .containsExactly(veld);
    }

    @Test
    void theApplicantIsNoCoMoverOfThemselves() {
        var v = new Validatie();
        product.valideer(tools.jackson.databind.json.JsonMapper.builder().build().readTree(gegevens(
                "{\"postcode\":\"1234AB\",\"huisnummer\":7}", "2026-12-01", "[\"999995492\",\"999993653\"]")),
                "999993653", v);
        assertThat(v.isGeldig()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(v::controleer)
                .isInstanceOfSatisfying(OngeldigeAanvraagException.class, e -> assertThat(e.invalidParams())
                        .extracting(InvalidParam::name).containsExactly("gegevens.meeverhuizers[1]"));
    }

    @Test
    void thePostcodeIsStoredWithoutASpace() {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var gegevens = json.readTree("{\"nieuwAdres\":{\"postcode\":\"1234 AB\",\"huisnummer\":7}}");
        assertThat(product.genormaliseerd(gegevens).path("nieuwAdres").path("postcode").asString()).isEqualTo("1234AB");
        assertThat(gegevens.path("nieuwAdres").path("postcode").asString()).as("the input is left alone").isEqualTo("1234 AB");
    }

    @Test
    void noAddressAndNoDate() {
        assertThat(ProductValidatie.ongeldigeVelden(product, "{}"))
                .containsExactly("gegevens.nieuwAdres", "gegevens.verhuisdatum");
    }
}
