package nl.midoffice.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One broker instance of the official Artemis distribution ({@code <instance>/bin/artemis run}), run by the test
 * harness itself so that a test can SIGKILL it and start it again. Its output goes to the stack's log; the moment it
 * became active is taken from its own log line, by its own clock.
 */
final class ArtemisProces {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** "Server is now active" (a primary or a single broker) and "Backup Server is now active". */
    private static final List<String> ACTIEF = List.of("AMQ221007", "AMQ221010");
    /** A backup that started and waits for the primary to fail. */
    private static final String WACHTEND = "AMQ221109";
    private static final DateTimeFormatter LOGTIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
            .withZone(ZoneId.systemDefault());

    private final String naam;
    private final Path instance;
    private final int poort;
    private final List<String> properties;
    private final Logboek logboek;
    private Process proces;
    private volatile Instant actiefSinds;
    private volatile boolean wachtend;

    /**
     * @param properties Artemis broker-properties files applied over broker.xml, in this order
     */
    ArtemisProces(String naam, Path instance, int poort, List<Path> properties, Logboek logboek) {
        this.naam = naam;
        this.instance = instance;
        this.poort = poort;
        this.properties = properties.stream().map(Path::toString).toList();
        this.logboek = logboek;
    }

    String naam() {
        return naam;
    }

    int poort() {
        return poort;
    }

    /** Starts the broker and returns once it is active and accepts clients; returns how long that took, in ms. */
    synchronized long startActief() throws IOException, InterruptedException {
        long start = System.nanoTime();
        start();
        wacht(() -> actiefSinds != null && neemtAan(), "accept connections");
        return TestStack.sinds(start);
    }

    /** Starts a backup and returns once it waits, passive, for its primary to fail. */
    synchronized void startPassief() throws IOException, InterruptedException {
        start();
        wacht(() -> wachtend, "wait as a passive backup");
    }

    private void start() throws IOException {
        if (proces != null && proces.isAlive()) {
            throw new IllegalStateException(naam + " is still running");
        }
        actiefSinds = null;
        wachtend = false;
        List<String> commando = new ArrayList<>(List.of(instance.resolve("bin/artemis").toString(), "run"));
        if (!properties.isEmpty()) {
            commando.addAll(List.of("--properties", String.join(",", properties)));
        }
        var builder = new ProcessBuilder(commando).directory(instance.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_ARGS_APPEND", "-Dartemis.host=127.0.0.1 -Dartemis.port=" + poort);
        proces = builder.start();
        pomp(proces);
    }

    private interface Voorwaarde {
        boolean geldt();
    }

    private void wacht(Voorwaarde voorwaarde, String wat) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!voorwaarde.geldt()) {
            if (!proces.isAlive()) {
                throw new IllegalStateException(naam + " stopped with exit code " + proces.exitValue());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(naam + " did not " + wat + " within " + START_TIMEOUT);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** SIGKILL: the broker gets no chance to stop; returns once it is gone. */
    synchronized void kill() throws InterruptedException {
        proces.destroyForcibly();
        if (!proces.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException(naam + " did not die on SIGKILL");
        }
    }

    boolean draait() {
        return proces != null && proces.isAlive();
    }

    /** When it last said it was active, by its own log; null before that. */
    Instant actiefSinds() {
        return actiefSinds;
    }

    /** SIGTERM, forcibly after 30 s. */
    synchronized void stop() throws InterruptedException {
        if (draait()) {
            proces.destroy();
            if (!proces.waitFor(30, TimeUnit.SECONDS)) {
                proces.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** True once its acceptor takes connections: it opens last, when the broker is active. */
    private boolean neemtAan() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", poort), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void pomp(Process process) {
        Thread pomp = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String regel = in.readLine(); regel != null; regel = in.readLine()) {
                    logboek.println(String.format("[%-12s] ", naam) + regel);
                    if (ACTIEF.stream().anyMatch(regel::contains)) {
                        actiefSinds = Instant.from(LOGTIJD.parse(regel.substring(0, 23)));
                    } else if (regel.contains(WACHTEND)) {
                        wachtend = true;
                    }
                }
            } catch (IOException e) {
                // the broker ended; whoever waits for it reports that
            }
        }, "log-" + naam);
        pomp.setDaemon(true);
        pomp.start();
    }
}
