package nl.midoffice.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The official Artemis distribution and a PostgreSQL server from the OS packages, each a process of its own on
 * this machine, prepared by {@code infra/standalone} (ports from STANDALONE_ARTEMIS_PORT / STANDALONE_PG_PORT,
 * default 61626 / 15432). The script runs PostgreSQL; this harness runs the broker itself ({@code bin/artemis run})
 * so that a test can SIGKILL it and start it again. Every run starts on an empty journal and a fresh database.
 */
final class StandaloneInfrastructuur implements Infrastructuur {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** Artemis' "Server is now active". */
    private static final String ACTIEF = "AMQ221007";
    private static final DateTimeFormatter LOGTIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
            .withZone(ZoneId.systemDefault());

    private final Path root;
    private final Logboek logboek;
    private final Map<String, String> eigenschappen;
    private final Path instance;
    private final int brokerPoort;
    private Process broker;
    /** When the broker last said it was active, by its own clock (its log line), not when this JVM noticed. */
    private volatile Instant actiefSinds;

    private StandaloneInfrastructuur(Path root, Logboek logboek, Map<String, String> eigenschappen, Path instance,
            int brokerPoort) {
        this.root = root;
        this.logboek = logboek;
        this.eigenschappen = eigenschappen;
        this.instance = instance;
        this.brokerPoort = brokerPoort;
    }

    static StandaloneInfrastructuur start(Path root, Logboek logboek, BrokerOverrides overrides)
            throws IOException, InterruptedException {
        script(root, logboek, "prepare");
        script(root, logboek, "stop", "artemis");
        script(root, logboek, "start", "postgres");
        script(root, logboek, "reset");
        Map<String, String> paden = sleutelWaarden(script(root, logboek, "paths"));
        Path instance = Path.of(paden.get("ARTEMIS_INSTANCE"));
        Files.writeString(instance.resolve("etc/broker.properties"), overrides.alsBrokerProperties());
        var infra = new StandaloneInfrastructuur(root, logboek, sleutelWaarden(script(root, logboek, "env")), instance,
                Integer.parseInt(paden.get("ARTEMIS_PORT")));
        infra.startBroker();
        return infra;
    }

    @Override
    public String beschrijving() {
        return "standalone Artemis 2.40 (official distribution, tcp://127.0.0.1:" + brokerPoort
                + ") + PostgreSQL from the OS packages (" + eigenschappen.get("spring.datasource.url")
                + "), by infra/standalone";
    }

    @Override
    public List<String> midofficeArgumenten() {
        return eigenschappen.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    @Override
    public BrokerAdres broker() {
        return new BrokerAdres("tcp://127.0.0.1:" + brokerPoort, eigenschappen.get("spring.artemis.user"),
                eigenschappen.get("spring.artemis.password"));
    }

    @Override
    public boolean eigenBroker() {
        return true;
    }

    @Override
    public synchronized void killBroker() throws InterruptedException {
        broker.destroyForcibly();
        if (!broker.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the broker did not die on SIGKILL");
        }
    }

    @Override
    public synchronized long startBroker() throws IOException, InterruptedException {
        if (broker != null && broker.isAlive()) {
            throw new IllegalStateException("the broker is still running");
        }
        long start = System.nanoTime();
        actiefSinds = null;
        var builder = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
                .directory(instance.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_ARGS_APPEND", "-Dartemis.host=127.0.0.1 -Dartemis.port=" + brokerPoort);
        broker = builder.start();
        pomp("artemis", broker);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!neemtAan() || actiefSinds == null) {
            if (!broker.isAlive()) {
                throw new IllegalStateException("the broker stopped with exit code " + broker.exitValue());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the broker did not accept connections within " + START_TIMEOUT);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return TestStack.sinds(start);
    }

    @Override
    public Instant brokerActiefSinds() {
        return actiefSinds;
    }

    private static Instant tijdstip(String regel) {
        return Instant.from(LOGTIJD.parse(regel.substring(0, 23)));
    }

    /** True once the broker's acceptor takes connections: it opens last, when the broker is active. */
    private boolean neemtAan() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", brokerPoort), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() throws Exception {
        if (broker != null && broker.isAlive()) {
            broker.destroy();
            if (!broker.waitFor(30, TimeUnit.SECONDS)) {
                broker.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        script(root, logboek, "stop", "postgres");
    }

    private void pomp(String naam, Process process) {
        Thread pomp = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String regel = in.readLine(); regel != null; regel = in.readLine()) {
                    logboek.println(String.format("[%-12s] ", naam) + regel);
                    if (regel.contains(ACTIEF)) {
                        actiefSinds = tijdstip(regel);
                    }
                }
            } catch (IOException e) {
                // the broker ended; whoever waits for it reports that
            }
        }, "log-" + naam);
        pomp.setDaemon(true);
        pomp.start();
    }

    /** Runs infra/standalone; its output goes to the log; returns its standard output. */
    private static String script(Path root, Logboek logboek, String... argumenten)
            throws IOException, InterruptedException {
        List<String> commando = new ArrayList<>(List.of(root.resolve("infra/standalone").toString()));
        commando.addAll(List.of(argumenten));
        Process process = new ProcessBuilder(commando).directory(root.toFile()).redirectErrorStream(false).start();
        String uit;
        try (var in = process.getInputStream()) {
            uit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String fout = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("infra/standalone " + String.join(" ", argumenten) + " failed: " + fout);
        }
        if (!argumenten[0].equals("env")) {
            uit.lines().forEach(r -> logboek.println("[standalone  ] " + r));
        }
        return uit;
    }

    private static Map<String, String> sleutelWaarden(String uitvoer) {
        Map<String, String> waarden = new LinkedHashMap<>();
        uitvoer.lines().filter(r -> r.contains("=")).forEach(r -> {
            int is = r.indexOf('=');
            waarden.put(r.substring(0, is).trim(), r.substring(is + 1).trim());
        });
        if (waarden.isEmpty()) {
            throw new UncheckedIOException(new IOException("infra/standalone printed nothing"));
        }
        return waarden;
    }
}
