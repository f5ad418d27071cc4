package nl.midoffice.camel;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * The circuit breaker every adapter puts around the calls to its system (in the route: {@link Opdrachtroute#aanroep}),
 * one per system, all set alike from {@link StroomonderbrekerProperties}: by default it opens after half of the last
 * 10 calls failed (once at least 5 were made), stays open 5 s, then lets 2 calls through to test the system. While it
 * is open, a call fails at once and the message goes back to the broker as for {@link BackofficeOnbereikbaar}. The
 * breakers live in one {@link CircuitBreakerRegistry}, whose state and calls are Micrometer meters
 * ({@code resilience4j.circuitbreaker.*}, tag {@code name} = the system).
 */
public final class Stroomonderbreker {

    static final int VENSTER = 10;
    static final int MINIMUM_AANROEPEN = 5;
    static final float FOUTPERCENTAGE = 50;
    static final int HALF_OPEN_AANROEPEN = 2;

    private Stroomonderbreker() {
    }

    /** The breaker for one system with the default settings, outside any registry. */
    @SafeVarargs
    public static CircuitBreaker standaard(String systeem, Class<? extends Throwable>... genegeerd) {
        return CircuitBreaker.of(systeem, config(StroomonderbrekerProperties.standaard(), genegeerd));
    }

    /**
     * The breaker for one system, registered (and so measured) in the registry.
     *
     * @param systeem   the system's name (as in {@code Systemen}), the breaker's name in logs and metrics
     * @param genegeerd exceptions that are the system answering rather than failing (a refusal of our content, say):
     *                  they count neither as failure nor as success
     */
    @SafeVarargs
    public static CircuitBreaker voor(CircuitBreakerRegistry registry, StroomonderbrekerProperties properties,
            String systeem, Class<? extends Throwable>... genegeerd) {
        return registry.circuitBreaker(systeem, config(properties, genegeerd));
    }

    @SafeVarargs
    static CircuitBreakerConfig config(StroomonderbrekerProperties properties, Class<? extends Throwable>... genegeerd) {
        return CircuitBreakerConfig.custom()
                .slidingWindowSize(properties.venster())
                .minimumNumberOfCalls(properties.minimumAanroepen())
                .failureRateThreshold(properties.foutpercentage())
                .waitDurationInOpenState(properties.open())
                .permittedNumberOfCallsInHalfOpenState(properties.halfOpenAanroepen())
                .ignoreExceptions(genegeerd)
                .build();
    }
}
