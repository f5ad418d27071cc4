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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the apps of the stack as child processes: starts them together, waits until each is ready,
 * prefixes their output, and stops them all with SIGTERM (forcibly after a grace period). Tests also stop
 * one app (gracefully or with SIGKILL) and start it again with the same arguments and data directory.
 */
public final class Stack implements AutoCloseable {

    static final Duration GRACE = Duration.ofSeconds(20);

    private final StackConfig config;
    private final PrintStream uit;
    /** The running process of each app, by app name, in start order. */
    private final Map<String, Process> processen = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public Stack(StackConfig config, PrintStream uit) {
        this.config = config;
        this.uit = uit;
    }

    /** Starts every app and returns once all are ready, or throws. */
    public synchronized void start(Duration timeout) throws IOException, InterruptedException {
        config.controleer();
        for (App app : config.apps()) {
            processen.put(app.naam(), start(app));
        }
        Instant deadline = Instant.now().plus(timeout);
        for (App app : config.apps()) {
            wachtTotGereed(app, processen.get(app.naam()), deadline);
        }
    }

    public List<Process> processen() {
        return List.copyOf(processen.values());
    }

    /** True while the app runs as started here (not killed or stopped since). */
    public synchronized boolean draait(String naam) {
        return processen.containsKey(naam);
    }

    /** The running process of one app. */
    public synchronized Process proces(String naam) {
        Process process = processen.get(naam);
        if (process == null) {
            throw new IllegalStateException(naam + " is not running");
        }
        return process;
    }

    /** SIGKILL, as a crash would: nothing of the app runs its shutdown. Returns once the process is gone. */
    synchronized void stopForcibly(String naam) throws InterruptedException {
        Process process = proces(naam);
        process.destroyForcibly();
        if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException(naam + " did not die on SIGKILL");
        }
        processen.remove(naam);
    }

    /** SIGTERM and wait for the app's own shutdown (forcibly after the grace period); returns its exit code. */
    synchronized int stop(String naam) throws InterruptedException {
        Process process = proces(naam);
        process.destroy();
        if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        processen.remove(naam);
        return process.exitValue();
    }

    /** Starts a stopped app again, with the same arguments and data directory; returns once it is ready. */
    synchronized void start(String naam, Duration timeout) throws IOException, InterruptedException {
        if (processen.containsKey(naam)) {
            throw new IllegalStateException(naam + " is still running");
        }
        App app = config.apps().stream().filter(a -> a.naam().equals(naam)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No app named " + naam));
        Process process = start(app);
        processen.put(naam, process);
        wachtTotGereed(app, process, Instant.now().plus(timeout));
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
        processen.values().forEach(Process::destroy);
        Instant deadline = Instant.now().plus(GRACE);
        for (Process process : processen.values()) {
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
