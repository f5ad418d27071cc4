package nl.midoffice.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The official Artemis distribution and a PostgreSQL server from the OS packages, each a process of its own on
 * this machine, prepared by {@code infra/standalone} (ports from STANDALONE_ARTEMIS_PORT / STANDALONE_PG_PORT,
 * default 61626 / 15432). The script runs PostgreSQL; this harness runs the broker itself ({@code bin/artemis run})
 * so that a test can SIGKILL it and start it again: one broker, or the script's primary/backup pair (shared store;
 * STANDALONE_ARTEMIS_PRIMARY_PORT / _BACKUP_PORT, 61636 / 61637), whose clients fail over to the backup by
 * themselves. Every run starts on empty journals and a fresh database.
 */
final class StandaloneInfrastructuur implements Infrastructuur {

    private final Path root;
    private final Logboek logboek;
    private final Map<String, String> eigenschappen;
    /** The single broker, or the primary and the backup of the pair. */
    private final List<ArtemisProces> brokers;
    /** The broker's adapter user (role adapter): user, password. */
    private final Map<String, String> adapter;

    private StandaloneInfrastructuur(Path root, Logboek logboek, Map<String, String> eigenschappen,
            List<ArtemisProces> brokers, Map<String, String> adapter) {
        this.adapter = adapter;
        this.root = root;
        this.logboek = logboek;
        this.eigenschappen = eigenschappen;
        this.brokers = brokers;
    }

    /** PostgreSQL and one broker. */
    static StandaloneInfrastructuur start(Path root, Logboek logboek, BrokerOverrides overrides)
            throws IOException, InterruptedException {
        Map<String, String> paden = bereidVoor(root, logboek);
        Path instance = Path.of(paden.get("ARTEMIS_INSTANCE"));
        var broker = new ArtemisProces("artemis", instance, Integer.parseInt(paden.get("ARTEMIS_PORT")),
                List.of(overrides(instance, overrides)), logboek);
        var infra = new StandaloneInfrastructuur(root, logboek, sleutelWaarden(script(root, logboek, "env")),
                List.of(broker), sleutelWaarden(script(root, logboek, "adapter")));
        broker.startActief();
        return infra;
    }

    /** PostgreSQL and the primary/backup pair: the primary active, the backup waiting for it to fail. */
    static StandaloneInfrastructuur startPaar(Path root, Logboek logboek, BrokerOverrides overrides)
            throws IOException, InterruptedException {
        Map<String, String> paden = bereidVoor(root, logboek);
        List<ArtemisProces> paar = new ArrayList<>();
        for (String kant : List.of("PRIMARY", "BACKUP")) {
            Path instance = Path.of(paden.get("ARTEMIS_" + kant + "_INSTANCE"));
            paar.add(new ArtemisProces("artemis-" + kant.toLowerCase(java.util.Locale.ROOT), instance,
                    Integer.parseInt(paden.get("ARTEMIS_" + kant + "_PORT")),
                    List.of(overrides(instance, overrides), instance.resolve("etc/ha.properties")), logboek));
        }
        var infra = new StandaloneInfrastructuur(root, logboek,
                sleutelWaarden(script(root, logboek, "env", "pair")), List.copyOf(paar),
                sleutelWaarden(script(root, logboek, "adapter")));
        paar.get(0).startActief();
        paar.get(1).startPassief();
        return infra;
    }

    private static Map<String, String> bereidVoor(Path root, Logboek logboek) throws IOException, InterruptedException {
        script(root, logboek, "prepare");
        script(root, logboek, "stop", "artemis");
        script(root, logboek, "stop", "pair");
        script(root, logboek, "start", "postgres");
        script(root, logboek, "reset");
        return sleutelWaarden(script(root, logboek, "paths"));
    }

    /** The tests' overrides of broker.xml, as Artemis broker properties in the instance. */
    private static Path overrides(Path instance, BrokerOverrides overrides) throws IOException {
        Path bestand = instance.resolve("etc/broker.properties");
        Files.writeString(bestand, overrides.alsBrokerProperties());
        return bestand;
    }

    @Override
    public String beschrijving() {
        String broker = brokers.size() == 1 ? "standalone Artemis 2.40 (official distribution, tcp://127.0.0.1:"
                + brokers.get(0).poort() + ")"
                : "a standalone Artemis 2.40 primary/backup pair (official distribution, shared store, tcp://127.0.0.1:"
                        + brokers.get(0).poort() + " and :" + brokers.get(1).poort() + ")";
        return broker + " + PostgreSQL from the OS packages (" + eigenschappen.get("spring.datasource.url")
                + "), by infra/standalone";
    }

    @Override
    public List<String> midofficeArgumenten() {
        return eigenschappen.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    @Override
    public BrokerAdres broker() {
        return new BrokerAdres(eigenschappen.get("spring.artemis.broker-url"), eigenschappen.get("spring.artemis.user"),
                eigenschappen.get("spring.artemis.password"));
    }

    @Override
    public Optional<BrokerAdres> adapter() {
        return Optional.of(new BrokerAdres("tcp://127.0.0.1:" + brokers.get(0).poort(), adapter.get("user"),
                adapter.get("password")));
    }

    @Override
    public boolean eigenBroker() {
        return true;
    }

    /** SIGKILL to the broker; of the pair, to the primary, so that the backup takes over. */
    @Override
    public void killBroker() throws InterruptedException {
        brokers.get(0).kill();
    }

    /** Starts the killed broker again on the same data (of the pair: the primary, which takes the store back). */
    @Override
    public long startBroker() throws IOException, InterruptedException {
        return brokers.get(0).startActief();
    }

    /** When the broker that serves now became active, by its own log: the restarted one, or the backup. */
    @Override
    public Instant brokerActiefSinds() {
        return brokers.stream().filter(ArtemisProces::draait).map(ArtemisProces::actiefSinds)
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    @Override
    public void close() throws Exception {
        // the backup first, so that stopping the primary does not hand the store over
        for (int i = brokers.size() - 1; i >= 0; i--) {
            brokers.get(i).stop();
        }
        script(root, logboek, "stop", "postgres");
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
        if (!argumenten[0].equals("env") && !argumenten[0].equals("adapter")) {
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
