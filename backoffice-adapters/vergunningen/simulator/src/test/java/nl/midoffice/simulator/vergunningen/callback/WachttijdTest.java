package nl.midoffice.simulator.vergunningen.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WachttijdTest {

    @Test
    void verdubbeltNaElkeMislukkingTotHetMaximum() {
        Duration eerste = Duration.ofSeconds(1);
        Duration max = Duration.ofSeconds(60);

        assertThat(Wachttijd.na(1, eerste, max)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Wachttijd.na(2, eerste, max)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Wachttijd.na(3, eerste, max)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Wachttijd.na(6, eerste, max)).isEqualTo(Duration.ofSeconds(32));
        assertThat(Wachttijd.na(7, eerste, max)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Wachttijd.na(1000, eerste, max)).isEqualTo(Duration.ofSeconds(60));
    }
}
