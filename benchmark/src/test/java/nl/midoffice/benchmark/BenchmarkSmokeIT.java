package nl.midoffice.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark working: the smoke profile (free ports, a few aanvragen per measurement, seconds instead of
 * minutes) against the real stack. It asserts that every measurement ran and the report was written, never a speed.
 */
class BenchmarkSmokeIT {

    @Test
    void aSmokeRunMeasuresEverythingAndWritesTheReport() throws Exception {
        Path uitvoer = Path.of("target", "smoke").toAbsolutePath();
        Resultaat r = new Benchmark(Instellingen.uit("--profiel=smoke", "--root=..", "--uitvoer=" + uitvoer)).voerUit();

        assertThat(r.koudeStartSeconden()).isPositive();
        assertThat(r.broker()).extracting(BrokerMeting.Uitkomst::inFlight).containsExactly(1, 100);
        assertThat(r.broker()).allSatisfy(b -> assertThat(b.berichten()).isPositive());
        assertThat(r.intake()).allSatisfy(i -> {
            assertThat(i.fouten()).isZero();
            assertThat(i.geaccepteerd()).isEqualTo(i.verzonden());
        });
        // three products: Lindeveen on route 1, Bergdal in each mode
        assertThat(r.doorvoer()).hasSize(12).allSatisfy(d -> {
            assertThat(d.fouten()).as("%s %s %s", d.product(), d.gemeente(), d.modus()).isZero();
            assertThat(d.klaar()).as("%s %s %s", d.product(), d.gemeente(), d.modus()).isEqualTo(d.aantal());
            assertThat(d.cpuSeconden()).containsKeys("midoffice", "postgresql", "legacy-suite");
        });
        assertThat(r.deadLetters()).isZero();
        assertThat(r.geheugenNaRun()).filteredOn(g -> g.groep().equals("postgresql"))
                .allSatisfy(g -> assertThat(g.processen()).as("PostgreSQL found through its data directory")
                        .isPositive());
        String rapport = Files.readString(uitvoer.resolve(Rapport.MARKDOWN));
        assertThat(rapport).contains("## Targets", "## Raw broker throughput", "## Intake latency", "## End to end",
                "## Idle CPU", "## Memory");
        assertThat(uitvoer.resolve(Rapport.JSON)).isNotEmptyFile();
        assertThat(uitvoer.resolve(Grafieken.LATENTIE)).isNotEmptyFile();
        assertThat(uitvoer.resolve(Grafieken.backlog(Verzoeken.MELDING))).isNotEmptyFile();
    }
}
