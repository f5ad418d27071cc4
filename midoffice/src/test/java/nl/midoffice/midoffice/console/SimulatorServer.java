package nl.midoffice.midoffice.console;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small real HTTP server with a simulator's control API ({@code GET|PUT /simulator/gedrag}): keeps the last
 * behaviour it was given and records every request it got, so a test sees exactly what the console's proxy sent.
 */
final class SimulatorServer {

    record Verzoek(String methode, String pad, String body) {
    }

    private final HttpServer server;
    private final List<Verzoek> ontvangen = new CopyOnWriteArrayList<>();
    private volatile String gedrag = "{\"modus\":\"NORMAAL\",\"vertragingMs\":0,\"foutkans\":0.0}";

    private SimulatorServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::behandel);
        server.start();
    }

    static SimulatorServer start() {
        try {
            return new SimulatorServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Verzoek> ontvangen() {
        return List.copyOf(ontvangen);
    }

    void vergeet() {
        ontvangen.clear();
    }

    private void behandel(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String pad = exchange.getRequestURI().getPath();
        ontvangen.add(new Verzoek(exchange.getRequestMethod(), pad, body));
        if (!"/simulator/gedrag".equals(pad)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        if ("PUT".equals(exchange.getRequestMethod())) {
            // the real simulators answer the new behaviour with every field; this one echoes what it got
            gedrag = body;
        }
        byte[] antwoord = gedrag.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, antwoord.length);
        exchange.getResponseBody().write(antwoord);
        exchange.close();
    }
}
