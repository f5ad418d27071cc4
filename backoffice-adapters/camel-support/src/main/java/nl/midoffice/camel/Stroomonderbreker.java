package nl.midoffice.camel;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * The circuit breaker every adapter puts around the calls to its system, one per system, all set alike: it opens
 * after half of the last 10 calls failed (once at least 5 were made), stays open 5 s, then lets 2 calls through to
 * test the system. While it is open, a call fails at once and the adapter throws {@link BackofficeOnbereikbaar}.
 */
public final class Stroomonderbreker {

    static final int VENSTER = 10;
    static final int MINIMUM_AANROEPEN = 5;
    static final float FOUTPERCENTAGE = 50;
    static final Duration OPEN = Duration.ofSeconds(5);
    static final int HALF_OPEN_AANROEPEN = 2;

    private Stroomonderbreker() {
    }

    /**
     * The breaker for one system.
     *
     * @param systeem   the system's name (as in {@code Systemen}), the breaker's name in logs and metrics
     * @param genegeerd exceptions that are the system answering rather than failing (a refusal of our content, say):
     *                  they count neither as failure nor as success
     */
    @SafeVarargs
    public static CircuitBreaker standaard(String systeem, Class<? extends Throwable>... genegeerd) {
        return CircuitBreaker.of(systeem, CircuitBreakerConfig.custom()
                .slidingWindowSize(VENSTER)
                .minimumNumberOfCalls(MINIMUM_AANROEPEN)
                .failureRateThreshold(FOUTPERCENTAGE)
                .waitDurationInOpenState(OPEN)
                .permittedNumberOfCallsInHalfOpenState(HALF_OPEN_AANROEPEN)
                .ignoreExceptions(genegeerd)
                .build());
    }
}
