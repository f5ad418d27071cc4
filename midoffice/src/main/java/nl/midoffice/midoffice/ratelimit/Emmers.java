package nl.midoffice.midoffice.ratelimit;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket (Bucket4j) per key: {@code capaciteit} per {@code periode}, refilled evenly. The buckets live in a
 * bounded cache; one untouched for a whole period is full again, so forgetting it changes nothing.
 */
final class Emmers {

    private static final long MAX_SLEUTELS = 100_000;

    private final Cache<String, Bucket> emmers;
    private final long capaciteit;
    private final Duration periode;
    private final TimeMeter klok;

    Emmers(long capaciteit, Duration periode) {
        this(capaciteit, periode, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With a clock of its own, for tests. */
    Emmers(long capaciteit, Duration periode, TimeMeter klok) {
        if (capaciteit < 1 || periode.isNegative() || periode.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a period");
        }
        this.capaciteit = capaciteit;
        this.periode = periode;
        this.klok = klok;
        this.emmers = Caffeine.newBuilder().maximumSize(MAX_SLEUTELS).expireAfterAccess(periode)
                .ticker(klok::currentTimeNanos).build();
    }

    /** Takes one token; empty when there was one, else how long until there is. */
    Optional<Duration> neem(String sleutel) {
        var probe = emmer(sleutel).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Without taking one: empty when a token is there, else how long until there is. */
    Optional<Duration> wachttijd(String sleutel) {
        var probe = emmer(sleutel).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket emmer(String sleutel) {
        return emmers.get(sleutel, s -> Bucket.builder().withCustomTimePrecision(klok)
                .addLimit(limiet -> limiet.capacity(capaciteit).refillGreedy(capaciteit, periode)).build());
    }
}
