package nl.midoffice.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stack every IT class of one test JVM shares, started the way README command 1 starts it (each app its
 * own JVM, free ports, data in {@code target/stack-it-data}): it takes about 35 s, so it starts once
 * ({@link StackExtension}). PostgreSQL and Artemis run where {@link Infrastructuur} says: embedded in the
 * mid-office, in Testcontainers, or standalone ({@code -Dstack.infra=standalone}). The apps' output goes to
 * {@code target/stack-it.log}.
 */
public final class TestStack implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    /*
     * Delivery settings for the tests, chosen so that an outage is both survivable and, when long enough,
     * ends in the dead-letter queue within a test's patience. A failing delivery costs the consumer its
     * in-process retry (50 ms) and then waits for the broker: 0.5 s, 1 s, 2 s, then 3 s between deliveries.
     * Delivery n of one message therefore starts no earlier than 0.55 / 1.6 / 3.65 / 6.7 s after its first
     * one (n = 2..5), then every 3.05 s: delivery 15 at ~37 s at the earliest, after which Camel parks the
     * message in DLQ.<queue> (the broker's own limit, 100, is never reached). Measured: ~54 s, as every call
     * that reaches the suite costs another second (the HTTP client retries a 503 once after 1 s). So:
     * - OutageIT keeps its outage (200 aanvragen submitted, then all of them VERTRAAGD) within 30 s and checks
     *   that no dead letter appeared;
     * - DeadLetterRetryIT keeps the suite down until its message is parked, 37 to 60 s;
     * - recovery after an outage waits at most 3 s for the broker's next try (plus the circuit breaker's 5 s).
     * The in-process retry is shortened from 500 ms so that a failing delivery ties up a consumer briefly.
     */
    static final int MAX_DELIVERIES = 15;
    /** The broker's part, for every infrastructure: docker/broker.xml with these three changed. */
    static final BrokerOverrides BROKER = new BrokerOverrides(Duration.ofMillis(500), Duration.ofSeconds(3), 100)
            .metSysteemEigenschappen();
    private static final List<String> AFLEVERING = List.of(
            "--midoffice.aflevering.redeliveries=1",
            "--midoffice.aflevering.redelivery-delay=50ms",
            "--midoffice.aflevering.max-deliveries=" + MAX_DELIVERIES,
            // CrashIT, OutageIT, StranglerIT, ChaosIT submit hundreds of aanvragen within a minute for a few test
            // citizens: far more than the per-citizen allowance a person gets
            "--midoffice.ratelimit.indienen.per-burger=100000");
    // the resend job (Herstel) keeps its production setting (5 min): no test waits that long, so a lost message
    // fails the test that lost it instead of being sent again unnoticed; CrashIT also counts that it never fired

    /** What Herstel logs for each aanvraag it sends again. */
    static final String HERZONDEN = "after its last change: sent again";

    private final StackConfig config;
    private final Stack stack;
    private final Logboek logboek;
    private final Infrastructuur infrastructuur;

    private TestStack(StackConfig config, Stack stack, Logboek logboek, Infrastructuur infrastructuur) {
        this.config = config;
        this.stack = stack;
        this.logboek = logboek;
        this.infrastructuur = infrastructuur;
    }

    /** Where PostgreSQL and Artemis of a stack come from. */
    interface InfraStart {
        Infrastructuur start(Path root, Logboek logboek, int embeddedBrokerPoort) throws IOException,
                InterruptedException;
    }

    /** The stack of the IT classes: one mid-office, on the infrastructure {@code -Dstack.infra} chooses. */
    public static TestStack start() {
        return start("stack-it", 1, (root, logboek, poort) -> Infrastructuur.start(root, logboek, BROKER, poort));
    }

    /**
     * A stack with {@code midoffices} mid-office instances on one database and broker, its data in
     * {@code target/<naam>-data}, the apps' output in {@code target/<naam>.log}.
     */
    static TestStack start(String naam, int midoffices, InfraStart infra) {
        try {
            Path root = Path.of("..").toAbsolutePath().normalize();
            Path data = Path.of("target", naam + "-data").toAbsolutePath();
            verwijder(data);
            Files.createDirectories(data);
            Logboek logboek = new Logboek(Path.of("target", naam + ".log").toAbsolutePath());
            int brokerPoort = vrijePoort();
            Infrastructuur infrastructuur = infra.start(root, logboek, brokerPoort);
            System.out.println("[stack] infrastructure: " + infrastructuur.beschrijving());
            List<String> argumenten = new ArrayList<>(infrastructuur.midofficeArgumenten());
            argumenten.addAll(AFLEVERING);
            List<Integer> extraMidoffices = new ArrayList<>();
            for (int i = 1; i < midoffices; i++) {
                extraMidoffices.add(vrijePoort());
            }
            StackConfig config = new StackConfig(root, data, vrijePoort(), vrijePoort(), vrijePoort(), vrijePoort(),
                    vrijePoort(), vrijePoort(), "tcp://localhost:" + brokerPoort, metOverrides(argumenten),
                    extraMidoffices);
            Stack stack = new Stack(config, logboek);
            long start = System.nanoTime();
            try {
                stack.start(START_TIMEOUT);
            } catch (Exception | Error e) {
                stack.close();
                infrastructuur.close();
                throw e;
            }
            System.out.printf("[stack] ready in %d ms; output of the apps in %s%n", sinds(start), logboek.bestand());
            return new TestStack(config, stack, logboek, infrastructuur);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The mid-office's arguments with those of {@code -Dstack.midoffice-args="--name=value ..."} in place of the
     * same names: a long run (ChaosIT's) can give the stack other delivery settings without a second list.
     */
    static List<String> metOverrides(List<String> argumenten) {
        String extra = System.getProperty("stack.midoffice-args", "").trim();
        if (extra.isEmpty()) {
            return argumenten;
        }
        List<String> overrides = List.of(extra.split("\\s+"));
        List<String> namen = overrides.stream().map(TestStack::naam).toList();
        List<String> resultaat = new ArrayList<>(argumenten.stream().filter(a -> !namen.contains(naam(a))).toList());
        resultaat.addAll(overrides);
        System.out.println("[stack] mid-office arguments from stack.midoffice-args: " + overrides);
        return resultaat;
    }

    private static String naam(String argument) {
        int is = argument.indexOf('=');
        return is < 0 ? argument : argument.substring(0, is);
    }

    public StackConfig config() {
        return config;
    }

    Logboek logboek() {
        return logboek;
    }

    MidofficeApi api() {
        return new MidofficeApi("http://localhost:" + config.midofficePort());
    }

    /** The API of mid-office instance {@code n} (1, 2, ...). */
    MidofficeApi api(int n) {
        return new MidofficeApi("http://localhost:" + midofficePort(n));
    }

    int midofficePort(int n) {
        return n == 1 ? config.midofficePort() : config.extraMidofficePorts().get(n - 2);
    }

    int aantalMidoffices() {
        return 1 + config.extraMidofficePorts().size();
    }

    /** SIGKILL to mid-office instance {@code n}, as a crash. */
    void killMidoffice(int n) throws InterruptedException {
        stack.stopForcibly(StackConfig.midoffice(n));
    }

    Simulator simulator() {
        return new Simulator("http://localhost:" + config.simulatorPort());
    }

    Infrastructuur infrastructuur() {
        return infrastructuur;
    }

    /**
     * The process id of every running app, by name: equal before and after means no app was restarted (a killed one
     * is left out).
     */
    java.util.Map<String, Long> pids() {
        java.util.Map<String, Long> pids = new java.util.TreeMap<>();
        for (App app : config.apps()) {
            if (stack.draait(app.naam())) {
                pids.put(app.naam(), stack.proces(app.naam()).pid());
            }
        }
        return pids;
    }

    /** SIGKILL to the mid-office, as a crash: its broker and its PostgreSQL server get no chance to stop. */
    void killMidoffice() throws InterruptedException {
        stack.stopForcibly(StackConfig.MIDOFFICE);
    }

    /** SIGTERM to the mid-office: it stops its routes, its embedded broker and its database; returns the exit code. */
    int stopMidoffice() throws InterruptedException {
        return stack.stop(StackConfig.MIDOFFICE);
    }

    /** Starts the mid-office again on the same data; returns how long it took until it was ready, in ms. */
    long startMidoffice() throws IOException, InterruptedException {
        long start = System.nanoTime();
        stack.start(StackConfig.MIDOFFICE, START_TIMEOUT);
        return sinds(start);
    }

    /** Stops the stack; every app must stop on SIGTERM, none may have to be killed. */
    @Override
    public void close() throws Exception {
        long start = System.nanoTime();
        List<Process> processen = stack.processen();
        stack.close();
        stopVerweesdePostgres(config.dataDirectory().resolve("postgres"));
        System.out.printf("[stack] stopped in %d ms%n", sinds(start));
        infrastructuur.close();
        logboek.close();
        for (Process p : processen) {
            if (p.isAlive() || p.exitValue() != 0 && p.exitValue() != 143) {
                throw new AssertionError("an app did not stop on SIGTERM: " + p.info().commandLine().orElse("?")
                        + " exit " + (p.isAlive() ? "(running)" : p.exitValue()));
            }
        }
    }

    /**
     * A mid-office killed by a test that then failed before starting it again leaves its PostgreSQL server
     * running (pg_ctl detached it); stop it the way the mid-office itself would on its next start.
     */
    private static void stopVerweesdePostgres(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> regels = Files.readAllLines(pidFile);
        if (regels.isEmpty() || !regels.get(0).trim().matches("[0-9]+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(regels.get(0).trim()))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    System.out.println("[stack] stopping the PostgreSQL server a killed mid-office left behind");
                    p.destroy();
                    p.onExit().orTimeout(15, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> {
                        p.destroyForcibly();
                        return p;
                    }).join();
                });
    }

    static long sinds(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void verwijder(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paden = Files.walk(dir)) {
                paden.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
