package nl.midoffice.midoffice.notificatie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a Server-Sent Events stream the way a front office does (JDK HttpClient, line by line) on its own
 * thread; the test takes the events in order, waiting with a deadline.
 */
final class SseLezer implements AutoCloseable {

    /** One event as dispatched at its blank line; a comment-only block has {@code commentaar} set. */
    record Gebeurtenis(String naam, String id, String data, String commentaar) {
    }

    private final HttpResponse<Stream<String>> antwoord;
    private final BlockingQueue<Gebeurtenis> ontvangen = new LinkedBlockingQueue<>();
    private final List<Gebeurtenis> alle = new CopyOnWriteArrayList<>();
    private final Thread lezer;

    private SseLezer(HttpResponse<Stream<String>> antwoord) {
        this.antwoord = antwoord;
        this.lezer = new Thread(this::lees, "sse-lezer");
        this.lezer.setDaemon(true);
        this.lezer.start();
    }

    static SseLezer open(HttpClient http, URI uri, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).GET().build();
        return new SseLezer(http.send(request, HttpResponse.BodyHandlers.ofLines()));
    }

    HttpResponse<Stream<String>> antwoord() {
        return antwoord;
    }

    /** The next event that matches, skipping others; fails after the timeout. */
    Gebeurtenis volgende(Predicate<Gebeurtenis> gezocht, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Gebeurtenis> overgeslagen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            Gebeurtenis g = ontvangen.poll(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
            if (g != null && gezocht.test(g)) {
                return g;
            }
            if (g != null) {
                overgeslagen.add(g);
            }
        }
        throw new AssertionError("no matching event within " + timeout + "; skipped: " + overgeslagen);
    }

    /** Everything received so far, taken or not. */
    List<Gebeurtenis> alle() {
        return List.copyOf(alle);
    }

    private void lees() {
        String naam = null;
        String id = null;
        StringBuilder data = null;
        String commentaar = null;
        try (Stream<String> regels = antwoord.body()) {
            for (String regel : (Iterable<String>) regels::iterator) {
                if (regel.isEmpty()) {
                    if (data != null || commentaar != null) {
                        Gebeurtenis g = new Gebeurtenis(naam, id, data == null ? null : data.toString(), commentaar);
                        alle.add(g);
                        ontvangen.add(g);
                    }
                    naam = null;
                    id = null;
                    data = null;
                    commentaar = null;
                } else if (regel.startsWith(":")) {
                    commentaar = regel.substring(1).strip();
                } else {
                    int dubbelepunt = regel.indexOf(':');
                    String veld = dubbelepunt < 0 ? regel : regel.substring(0, dubbelepunt);
                    String waarde = dubbelepunt < 0 ? "" : regel.substring(dubbelepunt + 1);
                    waarde = waarde.startsWith(" ") ? waarde.substring(1) : waarde;
                    switch (veld) {
                        case "event" -> naam = waarde;
                        case "id" -> id = waarde;
                        case "data" -> data = data == null ? new StringBuilder(waarde) : data.append('\n').append(waarde);
                        default -> { }
                    }
                }
            }
        } catch (RuntimeException gesloten) {
            // the test closed the stream
        }
    }

    @Override
    public void close() {
        antwoord.body().close();
        lezer.interrupt();
    }
}
