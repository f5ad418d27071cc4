package nl.midoffice.midoffice.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

/** A bucket per key: the allowance, the wait, the refill over the period, and keys apart. */
class EmmersTest {

    private final AtomicLong nu = new AtomicLong();
    private final Emmers emmers = new Emmers(3, Duration.ofMinutes(1), new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nu.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    });

    @Test
    void theAllowanceThenAWaitThatEndsWhenATokenCameBack() {
        assertThat(emmers.neem("a")).isEmpty();
        assertThat(emmers.neem("a")).isEmpty();
        assertThat(emmers.wachttijd("a")).as("looking takes nothing").isEmpty();
        assertThat(emmers.neem("a")).isEmpty();

        assertThat(emmers.neem("a")).hasValueSatisfying(wacht -> assertThat(wacht).isEqualTo(Duration.ofSeconds(20)));
        assertThat(emmers.wachttijd("a")).isPresent();
        assertThat(emmers.neem("b")).as("another key has its own").isEmpty();

        nu.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(emmers.neem("a")).as("one back after a third of the minute").isEmpty();
        assertThat(emmers.neem("a")).isPresent();
    }

    @Test
    void aBucketUntouchedForThePeriodIsFullAgain() {
        for (int i = 0; i < 3; i++) {
            emmers.neem("a");
        }
        nu.addAndGet(Duration.ofMinutes(2).toNanos());
        for (int i = 0; i < 3; i++) {
            assertThat(emmers.neem("a")).isEmpty();
        }
        assertThat(emmers.neem("a")).isPresent();
    }

    @Test
    void aLimitNeedsACapacityAndAPeriod() {
        assertThatThrownBy(() -> new Emmers(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Emmers(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertThat(TeVeelVerzoeken.seconden(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(TeVeelVerzoeken.seconden(Duration.ofMillis(20_001))).isEqualTo(21);
        assertThat(TeVeelVerzoeken.seconden(Duration.ZERO)).isEqualTo(1);
    }
}
