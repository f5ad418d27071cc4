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
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for the mid-office, so MVC tests exercise the portal's actual
 * wire traffic (headers, JSON, status codes, timeouts) rather than a mocked client.
 */
public final class FakeMidoffice {

    public record Verzoek(String method, String path, Headers headers, String body) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private record Antwoord(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Antwoord> antwoorden = new ConcurrentHashMap<>();
    private final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();

    private FakeMidoffice(HttpServer server) {
        this.server = server;
        server.createContext("/", this::behandel);
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

    public List<Verzoek> verzoeken() {
        return List.copyOf(verzoeken);
    }

    public Verzoek enigVerzoek() {
        if (verzoeken.size() != 1) {
            throw new AssertionError("expected exactly one call to the mid-office, got " + verzoeken.size());
        }
        return verzoeken.get(0);
    }

    public void reset() {
        antwoorden.clear();
        verzoeken.clear();
    }

    private void behandel(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            verzoeken.add(new Verzoek(method, path, exchange.getRequestHeaders(), body));
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
