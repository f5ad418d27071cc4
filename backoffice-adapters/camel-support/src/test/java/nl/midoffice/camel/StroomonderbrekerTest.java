package nl.midoffice.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;

/** The shared breaker's settings, shown by how it behaves (no clock: the open state is left by hand). */
class StroomonderbrekerTest {

    @Test
    void isNamedAfterTheSystemAndSetAsEveryAdapterHadIt() {
        CircuitBreaker breaker = Stroomonderbreker.standaard("zaken");

        var config = breaker.getCircuitBreakerConfig();
        assertThat(breaker.getName()).isEqualTo("zaken");
        assertThat(config.getSlidingWindowSize()).isEqualTo(10);
        assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
        assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
        assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(Duration.ofSeconds(5).toMillis());
        assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
    }

    @Test
    void staysClosedUntilFiveCallsWereMade() {
        CircuitBreaker breaker = Stroomonderbreker.standaard("zaken");

        faal(breaker, 4, new IllegalStateException("503"));
        assertThat(breaker.getState()).isEqualTo(State.CLOSED);

        faal(breaker, 1, new IllegalStateException("503"));
        assertThat(breaker.getState()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquirePermission()).as("open: a call fails at once").isFalse();
    }

    @Test
    void opensWhenHalfOfTheCallsFailed() {
        CircuitBreaker breaker = Stroomonderbreker.standaard("zaken");

        slaag(breaker, 3);
        faal(breaker, 2, new IllegalStateException("503"));
        assertThat(breaker.getState()).as("2 of 5 failed").isEqualTo(State.CLOSED);

        faal(breaker, 1, new IllegalStateException("503"));
        assertThat(breaker.getState()).as("3 of 6 failed").isEqualTo(State.OPEN);
    }

    @Test
    void letsTwoCallsThroughToTestTheSystem() {
        CircuitBreaker breaker = Stroomonderbreker.standaard("zaken");
        faal(breaker, 5, new IllegalStateException("503"));

        breaker.transitionToHalfOpenState();

        assertThat(breaker.tryAcquirePermission()).isTrue();
        assertThat(breaker.tryAcquirePermission()).isTrue();
        assertThat(breaker.tryAcquirePermission()).isFalse();
    }

    @Test
    void ignoredExceptionsAreTheSystemAnsweringNotFailing() {
        CircuitBreaker breaker = Stroomonderbreker.standaard("brp", OnverwerkbaarBericht.class);

        faal(breaker, 10, new OnverwerkbaarBericht("refused"));

        assertThat(breaker.getState()).isEqualTo(State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void withoutIgnoredExceptionsEveryExceptionCounts() {
        CircuitBreaker breaker = Stroomonderbreker.standaard("zaken");

        faal(breaker, 5, new OnverwerkbaarBericht("refused"));

        assertThat(breaker.getState()).isEqualTo(State.OPEN);
    }

    private static void faal(CircuitBreaker breaker, int keer, Throwable fout) {
        for (int i = 0; i < keer; i++) {
            breaker.onError(0, TimeUnit.MILLISECONDS, fout);
        }
    }

    private static void slaag(CircuitBreaker breaker, int keer) {
        for (int i = 0; i < keer; i++) {
            breaker.onSuccess(0, TimeUnit.MILLISECONDS);
        }
    }
}
