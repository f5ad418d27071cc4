package nl.midoffice.midoffice.orchestratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.midoffice.midoffice.MidofficeProperties;

/** The next question about a zaak: soon after a change, later the longer it has been quiet, within bounds. */
class ZaakstatusPollingTest {

    private static final MidofficeProperties.Statuspolling STANDAARD = new MidofficeProperties.Statuspolling(
            Duration.ofSeconds(5), 0.1, Duration.ofHours(2), 5);
    private static final Instant NU = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aZaakThatJustChangedIsAskedAgainAfterTheInterval() {
        assertThat(ZaakstatusPolling.volgende(NU.minusSeconds(3), NU, STANDAARD)).isEqualTo(NU.plusSeconds(5));
    }

    @Test
    void theWaitGrowsWithTheTimeTheZaakHasBeenQuiet() {
        assertThat(ZaakstatusPolling.volgende(NU.minus(Duration.ofMinutes(10)), NU, STANDAARD))
                .isEqualTo(NU.plus(Duration.ofMinutes(1)));
        assertThat(ZaakstatusPolling.volgende(NU.minus(Duration.ofHours(1)), NU, STANDAARD))
                .isEqualTo(NU.plus(Duration.ofMinutes(6)));
    }

    @Test
    void noZaakWaitsLongerThanTheMaximum() {
        assertThat(ZaakstatusPolling.volgende(NU.minus(Duration.ofDays(400)), NU, STANDAARD))
                .isEqualTo(NU.plus(Duration.ofHours(2)));
    }

    @Test
    void aChangeStampedInTheFutureCountsAsJustNow() {
        assertThat(ZaakstatusPolling.volgende(NU.plusSeconds(60), NU, STANDAARD)).isEqualTo(NU.plusSeconds(5));
    }

    @Test
    void aRoundHoldsWhatTheRateAllowsInOneInterval() {
        assertThat(STANDAARD.perRonde()).isEqualTo(25);
        assertThat(new MidofficeProperties.Statuspolling(Duration.ofMillis(100), 0.1, Duration.ofHours(2), 5).perRonde())
                .as("at least one").isEqualTo(1);
    }
}
