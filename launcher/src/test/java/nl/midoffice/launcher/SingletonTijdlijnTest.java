package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SingletonTijdlijnTest {

    private static final Instant EINDE = Instant.parse("2026-01-01T10:05:00Z");

    private static String regel(String app, String tijd, String instantie, String wat, String job) {
        return String.format("[%-12s] %s  INFO 42 --- [midoffice] [main] n.m.m.cluster.SingletonJobMonitor : "
                + "Instance %s %s singleton job %s", app, tijd, instantie, wat, job);
    }

    @Test
    void aJobHandedOverAfterItsInstanceStoppedItRanOnOneInstanceAtATime() {
        var tijdlijn = new SingletonTijdlijn(List.of(
                regel("midoffice", "2026-01-01T10:00:00.000Z", "midoffice", "runs", "midoffice.herstel"),
                regel("midoffice", "2026-01-01T10:01:00.000Z", "midoffice", "stopped", "midoffice.herstel"),
                regel("midoffice-2", "2026-01-01T11:01:00.500+01:00", "midoffice-2", "runs", "midoffice.herstel")),
                Map.of("midoffice", EINDE, "midoffice-2", EINDE));

        assertThat(tijdlijn.overlappingen()).isEmpty();
        assertThat(tijdlijn.overgenomenNa("midoffice.herstel", "midoffice", Instant.parse("2026-01-01T10:01:00Z")))
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aKilledInstanceRanItsJobUntilTheKillSoATakeoverBeforeThatOverlaps() {
        Instant gedood = Instant.parse("2026-01-01T10:02:00Z");
        var tijdlijn = new SingletonTijdlijn(List.of(
                regel("midoffice", "2026-01-01T10:00:00.000Z", "midoffice", "runs", "midoffice.zaakstatus-pollen"),
                regel("midoffice-3", "2026-01-01T10:01:59.000Z", "midoffice-3", "runs", "midoffice.zaakstatus-pollen"),
                "[midoffice-3 ] an unrelated line"),
                Map.of("midoffice", gedood, "midoffice-3", EINDE));

        assertThat(tijdlijn.overlappingen()).hasSize(1);
        assertThat(tijdlijn.jobsOp("midoffice", gedood)).containsExactly("midoffice.zaakstatus-pollen");
        assertThat(tijdlijn.overgenomenNa("midoffice.zaakstatus-pollen", "midoffice", gedood)).isNull();
    }
}
