package nl.midoffice.simulator.vergunningen;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the mid-office's callback endpoint: a JDK HTTP server on a free port that records
 * what it receives and answers with the status codes it was told to (then 204).
 */
public final class CallbackOntvanger implements AutoCloseable {

    public record Ontvangen(String methode, Map<String, List<String>> headers, String body) {

        public String header(String naam) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(naam))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Ontvangen> ontvangen = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> antwoorden = new ConcurrentLinkedQueue<>();

    private CallbackOntvanger(HttpServer server) {
        this.server = server;
    }

    public static CallbackOntvanger start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CallbackOntvanger ontvanger = new CallbackOntvanger(server);
        server.createContext("/callback", uitwisseling -> {
            try (InputStream in = uitwisseling.getRequestBody()) {
                ontvanger.ontvangen.add(new Ontvangen(uitwisseling.getRequestMethod(),
                        Map.copyOf(uitwisseling.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Integer status = ontvanger.antwoorden.poll();
            uitwisseling.sendResponseHeaders(status == null ? 204 : status, -1);
            uitwisseling.close();
        });
        server.start();
        return ontvanger;
    }

    /** The next calls are answered with these codes, in order; after that with 204. */
    public CallbackOntvanger antwoordEerst(Integer... codes) {
        antwoorden.addAll(List.of(codes));
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
    }

    public List<Ontvangen> ontvangen() {
        return List.copyOf(ontvangen);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
