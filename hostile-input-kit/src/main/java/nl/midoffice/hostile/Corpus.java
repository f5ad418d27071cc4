package nl.midoffice.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

/**
 * A generated corpus of hostile requests against one app, each run as a test of its own: it must be answered
 * within the timeout, and refused: with a 4xx (never a 2xx, 3xx or 5xx), or in the protocol's own way. The choices the generators make come from one seeded
 * {@link Random} ({@code -Dhostile.seed=…}, printed with the summary), so a failure can be made again.
 */
public final class Corpus {

    /** The seed of every corpus in this run. */
    public static final long SEED = Long.getLong("hostile.seed", 13L);

    private final String naam;
    private final Random random;
    private final List<Verzoek> verzoeken = new ArrayList<>();
    private final Map<Integer, AtomicInteger> statussen = new ConcurrentSkipListMap<>();

    public Corpus(String naam) {
        this.naam = naam;
        this.random = new Random(SEED * 31 + naam.hashCode());
    }

    public Random random() {
        return random;
    }

    public Corpus voeg(Verzoek verzoek) {
        verzoeken.add(verzoek);
        return this;
    }

    public Corpus voeg(Collection<Verzoek> meer) {
        verzoeken.addAll(meer);
        return this;
    }

    public List<Verzoek> verzoeken() {
        return List.copyOf(verzoeken);
    }

    public int grootte() {
        return verzoeken.size();
    }

    /**
     * Every request as a dynamic test: sent with {@link RuweHttp}, answered in time, and judged by {@code oordeel}:
     * {@link #weigert} (a 4xx), or that and more (e.g. problem+json), or a protocol's own way of refusing.
     */
    public Stream<DynamicTest> testen(int poort, Duration timeout, BiConsumer<Verzoek, Antwoord> oordeel) {
        return verzoeken.stream().map(verzoek -> DynamicTest.dynamicTest(verzoek.toString(), () -> {
            Antwoord antwoord;
            try {
                antwoord = RuweHttp.stuur(poort, verzoek, timeout);
            } catch (RuweHttp.GeenAntwoord e) {
                if (verzoek.vorm() == Verzoek.Vorm.AFGEKAPT) {
                    // the client stopped sending mid-body: a server may take that for a client gone and close
                    statussen.computeIfAbsent(0, s -> new AtomicInteger()).incrementAndGet();
                    return;
                }
                throw new AssertionError(verzoek + ": the server closed the connection without an answer", e);
            } catch (IOException e) {
                throw new AssertionError(verzoek + ": no answer within " + timeout.toMillis() + " ms (" + e + ")", e);
            }
            statussen.computeIfAbsent(antwoord.status(), s -> new AtomicInteger()).incrementAndGet();
            oordeel.accept(verzoek, antwoord);
        }));
    }

    /** A 4xx: the request was refused as the client's fault, not a success, a redirect or a server failure. */
    public static void weigert(Verzoek verzoek, Antwoord antwoord) {
        assertThat(antwoord.status()).as("%s -> %s", verzoek, antwoord.kort()).isBetween(400, 499);
    }

    /** E.g. {@code "midoffice: 812 requests (seed 13): 400×411 401×150 413×40"}; 0 counts a closed connection. */
    public String samenvatting() {
        return naam + ": " + verzoeken.size() + " requests (seed " + SEED + "): " + statussen.entrySet().stream()
                .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
    }
}
