package nl.midoffice.midoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The simulated citizens' aanvragen: every six cover the three products in both municipalities, each applicant
 * lives where they apply, and the details keep the rules the intake checks (dates, plates, postcodes). The intake
 * itself judges them in {@code VerkeersgeneratorIT}.
 */
class VerkeersaanvragenTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 28);
    private static final Pattern KENTEKEN = Pattern.compile(
            "[0-9]{2}-[A-Z]{3}-[0-9]|[0-9]-[A-Z]{3}-[0-9]{2}|[A-Z]{2}-[0-9]{3}-[A-Z]");
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    @Test
    void everySixAanvragenCoverEachProductInBothMunicipalities() {
        var random = new SplittableRandom(1);
        Set<String> gezien = new HashSet<>();
        for (long n = 600; n < 606; n++) {
            var v = Verkeersaanvragen.maak(n, random, VANDAAG);
            gezien.add(v.product() + "@" + v.gemeente());
        }
        assertThat(gezien).hasSize(6);
    }

    @Test
    void eachAanvraagIsValidAndComesFromAResidentOfItsMunicipality() {
        var random = new SplittableRandom(42);
        for (long n = 0; n < 600; n++) {
            var v = Verkeersaanvragen.maak(n, random, VANDAAG);
            JsonNode body = v.body();
            assertThat(body.get("gemeente").asString()).isEqualTo(v.gemeente());
            assertThat(body.get("aanvrager").get("bsn").asString()).isEqualTo(v.bsn());
            assertThat(Testinwoners.aanvragersIn(v.gemeente(), VANDAAG)).extracting(Testinwoners.Inwoner::bsn)
                    .contains(v.bsn());
            JsonNode g = body.get("gegevens");
            switch (v.product()) {
                case "melding-openbare-ruimte" -> {
                    assertThat(Set.of("afval", "straatverlichting", "bestrating", "groen", "overig"))
                            .contains(g.get("categorie").asString());
                    assertThat(g.get("omschrijving").asString()).isNotBlank().hasSizeLessThanOrEqualTo(1000);
                    JsonNode locatie = g.get("locatie");
                    if (locatie.has("postcode")) {
                        assertThat(locatie.get("postcode").asString()).matches(POSTCODE).startsWith(v.gemeente());
                    } else {
                        assertThat(locatie.get("lat").asDouble()).isBetween(50.7, 53.6);
                        assertThat(locatie.get("lon").asDouble()).isBetween(3.3, 7.3);
                    }
                }
                case "verhuizing" -> {
                    assertThat(g.get("nieuwAdres").get("postcode").asString()).matches(POSTCODE).startsWith(v.gemeente());
                    assertThat(g.get("nieuwAdres").get("huisnummer").asInt()).isBetween(1, 99999);
                    LocalDate datum = LocalDate.parse(g.get("verhuisdatum").asString());
                    assertThat(datum).isAfterOrEqualTo(VANDAAG.minusDays(5)).isBeforeOrEqualTo(VANDAAG.plusWeeks(4));
                    for (JsonNode mee : g.get("meeverhuizers")) {
                        assertThat(mee.asString()).isNotEqualTo(v.bsn());
                        assertThat(Testinwoners.ALLE).anySatisfy(i -> {
                            assertThat(i.bsn()).isEqualTo(mee.asString());
                            assertThat(i.gemeente()).isEqualTo(v.gemeente());
                        });
                    }
                }
                default -> {
                    assertThat(v.product()).isEqualTo("parkeervergunning");
                    assertThat(g.get("kenteken").asString()).matches(KENTEKEN);
                    LocalDate ingang = LocalDate.parse(g.get("ingangsdatum").asString());
                    assertThat(ingang).isAfterOrEqualTo(VANDAAG).isBeforeOrEqualTo(VANDAAG.plusMonths(3));
                }
            }
        }
    }

    @Test
    void itsTextNeverShowsTheBsn() {
        var v = Verkeersaanvragen.maak(1, new SplittableRandom(3), VANDAAG);
        assertThat(v.toString()).doesNotContain(v.bsn());
    }
}
