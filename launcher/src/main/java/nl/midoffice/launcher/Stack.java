package nl.midoffice.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the apps of the stack as child processes: starts them together, waits until each is ready,
 * prefixes their output, and stops them all with SIGTERM (forcibly after a grace period).
 */
final class Stack implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final StackConfig config;
    private final PrintStream uit;
    private final List<Process> processen = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Stack(StackConfig config, PrintStream uit) {
        this.config = config;
        this.uit = uit;
    }

    /** Starts every app and returns once all are ready, or throws. */
    synchronized void start(Duration timeout) throws IOException, InterruptedException {
        config.controleer();
        for (App app : config.apps()) {
            processen.add(start(app));
        }
        Instant deadline = Instant.now().plus(timeout);
        for (int i = 0; i < processen.size(); i++) {
            wachtTotGereed(config.apps().get(i), processen.get(i), deadline);
        }
    }

    List<Process> processen() {
        return List.copyOf(processen);
    }

    private Process start(App app) throws IOException {
        List<String> commando = new ArrayList<>();
        commando.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        commando.addAll(List.of(javaOpties().split("\\s+")));
        commando.add("-jar");
        commando.add(app.jar().toString());
        commando.addAll(app.argumenten());
        Process process = new ProcessBuilder(commando).directory(config.root().toFile()).redirectErrorStream(true)
                .start();
        Thread pomp = new Thread(() -> pomp(app.naam(), process), "log-" + app.naam());
        pomp.setDaemon(true);
        pomp.start();
        return process;
    }

    private static String javaOpties() {
        String opties = System.getenv("MIDOFFICE_DEMO_JAVA_OPTS");
        return opties != null && !opties.isBlank() ? opties.trim() : "-Xmx512m -XX:TieredStopAtLevel=1 -Xshare:auto";
    }

    private void pomp(String naam, Process process) {
        String prefix = String.format("[%-12s] ", naam);
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String regel = in.readLine(); regel != null; regel = in.readLine()) {
                uit.println(prefix + regel);
            }
        } catch (IOException e) {
            // the process ended; its exit is reported by whoever waits for it
        }
    }

    private void wachtTotGereed(App app, Process process, Instant deadline) throws InterruptedException {
        URI uri = URI.create(app.url() + app.gereedPad());
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(app.naam() + " stopped with exit code " + process.exitValue());
            }
            try {
                var antwoord = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (antwoord.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(app.naam() + " was not ready at " + uri + " in time");
    }

    /** SIGTERM to every app at once, so they shut down in parallel; then wait, then force. */
    @Override
    public synchronized void close() {
        processen.forEach(Process::destroy);
        Instant deadline = Instant.now().plus(GRACE);
        for (Process process : processen) {
            try {
                long rest = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                if (!process.waitFor(rest, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processen.clear();
    }
}
