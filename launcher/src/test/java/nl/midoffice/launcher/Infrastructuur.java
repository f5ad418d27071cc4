package nl.midoffice.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.testcontainers.DockerClientFactory;

/**
 * Where the stack's PostgreSQL and Artemis run: embedded in the mid-office, in Testcontainers, or as standalone
 * servers on this machine (infra/standalone). One switch for all: {@code -Dstack.infra=embedded|testcontainers|
 * standalone} (or the environment variable {@code STACK_INFRA}); without it, Testcontainers where Docker runs and
 * embedded where it does not.
 */
interface Infrastructuur extends AutoCloseable {

    String EMBEDDED = "embedded";
    String TESTCONTAINERS = "testcontainers";
    String STANDALONE = "standalone";

    /** What the test output says ran. */
    String beschrijving();

    /** The mid-office's arguments that point it at these servers. */
    List<String> midofficeArgumenten();

    /** Where a management client reaches the broker. */
    BrokerAdres broker();

    /** True when the broker runs as a process of its own that a test may kill. */
    default boolean eigenBroker() {
        return false;
    }

    /** SIGKILL to the broker. */
    default void killBroker() throws InterruptedException {
        throw new UnsupportedOperationException(beschrijving() + ": the broker is no process of its own");
    }

    /** Starts the killed broker again on the same data; returns how long it took until it accepted clients, ms. */
    default long startBroker() throws IOException, InterruptedException {
        throw new UnsupportedOperationException(beschrijving() + ": the broker is no process of its own");
    }

    /** When the restarted broker became active, by its own log. */
    default java.time.Instant brokerActiefSinds() {
        throw new UnsupportedOperationException(beschrijving() + ": the broker is no process of its own");
    }

    @Override
    default void close() throws Exception {
    }

    /** A broker URL with the credentials a client needs (null: none). */
    record BrokerAdres(String url, String user, String password) {
    }

    static String gekozen() {
        String keuze = System.getProperty("stack.infra", System.getenv("STACK_INFRA"));
        if (keuze == null || keuze.isBlank()) {
            return dockerAvailable() ? TESTCONTAINERS : EMBEDDED;
        }
        keuze = keuze.trim().toLowerCase(Locale.ROOT);
        if (!List.of(EMBEDDED, TESTCONTAINERS, STANDALONE).contains(keuze)) {
            throw new IllegalArgumentException("stack.infra=" + keuze + ": choose embedded, testcontainers or standalone");
        }
        return keuze;
    }

    static Infrastructuur start(Path root, Logboek logboek, BrokerOverrides overrides, int embeddedBrokerPoort)
            throws IOException, InterruptedException {
        return switch (gekozen()) {
            case STANDALONE -> StandaloneInfrastructuur.start(root, logboek, overrides);
            case TESTCONTAINERS -> ContainerInfrastructuur.start(overrides);
            default -> new EmbeddedInfrastructuur(overrides, embeddedBrokerPoort);
        };
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** PostgreSQL and Artemis inside the mid-office; its broker gets a TCP acceptor so tests can ask it things. */
    record EmbeddedInfrastructuur(BrokerOverrides overrides, int brokerPoort) implements Infrastructuur {

        @Override
        public String beschrijving() {
            return "embedded PostgreSQL + embedded Artemis in the mid-office";
        }

        @Override
        public List<String> midofficeArgumenten() {
            return overrides.alsMidofficeArgumenten();
        }

        @Override
        public BrokerAdres broker() {
            return new BrokerAdres("tcp://localhost:" + brokerPoort, null, null);
        }
    }
}
