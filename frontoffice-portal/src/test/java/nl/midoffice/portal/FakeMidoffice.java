package nl.midoffice.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for the mid-office, so MVC tests exercise the portal's actual
 * wire traffic (headers, JSON, status codes, timeouts) rather than a mocked client.
 */
public final class FakeMidoffice {

    /** One request as it arrived; {@code query} is the raw query string, or null. */
    public record Verzoek(String method, String path, Headers headers, String body, String query) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private record Antwoord(int status, String body) {
    }

    /**
     * A {@code text/event-stream} response that stays open: the test sends raw SSE text into it while it
     * runs, and ends it with {@link #sluit()}.
     */
    public static final class Stroom {
        private static final String EINDE = "\u0000einde";
        private final BlockingQueue<String> uit = new LinkedBlockingQueue<>();
        private final CountDownLatch verbonden = new CountDownLatch(1);
        private volatile boolean gesloten;

        public void stuur(String sseTekst) {
            uit.add(sseTekst);
        }

        public void sluit() {
            uit.add(EINDE);
        }

        public boolean isVerbonden() {
            return verbonden.getCount() == 0;
        }

        /** True once the stream ended, by {@link #sluit()} or because the portal hung up. */
        public boolean isGesloten() {
            return gesloten;
        }

        private void schrijf(HttpExchange exchange) throws IOException {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            verbonden.countDown();
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    String tekst = uit.poll(30, TimeUnit.SECONDS);
                    if (tekst == null || EINDE.equals(tekst)) {
                        return;
                    }
                    out.write(tekst.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                gesloten = true;
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-midoffice");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Antwoord> antwoorden = new ConcurrentHashMap<>();
    private final Map<String, Stroom> stromen = new ConcurrentHashMap<>();
    private final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();

    private FakeMidoffice(HttpServer server) {
        this.server = server;
        server.createContext("/", this::behandel);
        // a stream holds its thread for as long as it is open
        server.setExecutor(threads);
        server.start();
    }

    public static FakeMidoffice start() {
        try {
            return new FakeMidoffice(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Programs the answer for one method and path; 4xx/5xx bodies are sent as problem+json. */
    public void antwoord(String method, String path, int status, String body) {
        antwoorden.put(method + " " + path, new Antwoord(status, body));
    }

    /** Programs a GET on this path to answer with a stream that stays open; one connection per call. */
    public Stroom stroom(String path) {
        Stroom stroom = new Stroom();
        stromen.put("GET " + path, stroom);
        return stroom;
    }

    public List<Verzoek> verzoeken() {
        return List.copyOf(verzoeken);
    }

    /** The submissions ({@code POST /api/v1/aanvragen}) only, without the lookups a page makes along the way. */
    public List<Verzoek> ingediend() {
        return verzoeken.stream().filter(v -> v.method().equals("POST") && v.path().equals("/api/v1/aanvragen")).toList();
    }

    public Verzoek enigVerzoek() {
        if (verzoeken.size() != 1) {
            throw new AssertionError("expected exactly one call to the mid-office, got " + verzoeken.size());
        }
        return verzoeken.get(0);
    }

    public void reset() {
        antwoorden.clear();
        stromen.values().forEach(Stroom::sluit);
        stromen.clear();
        verzoeken.clear();
    }

    private void behandel(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            verzoeken.add(new Verzoek(method, path, exchange.getRequestHeaders(), body, exchange.getRequestURI().getRawQuery()));
            Stroom stroom = stromen.remove(method + " " + path);
            if (stroom != null) {
                stroom.schrijf(exchange);
                return;
            }
            Antwoord antwoord = antwoorden.getOrDefault(method + " " + path,
                    new Antwoord(404, "{\"title\":\"Niet gevonden\",\"status\":404}"));
            byte[] bytes = antwoord.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    antwoord.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(antwoord.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }
}
