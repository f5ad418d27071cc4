package nl.midoffice.simulator.zaken.notificatie;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP receiver for notifications, on a free port; can refuse the first N deliveries. */
final class Webhook implements AutoCloseable {

    record Ontvangen(String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Ontvangen> ontvangen = new CopyOnWriteArrayList<>();
    private final AtomicInteger weigeringen;
    private final int foutStatus;

    Webhook(int eersteWeigeringen, int foutStatus) throws IOException {
        this.weigeringen = new AtomicInteger(eersteWeigeringen);
        this.foutStatus = foutStatus;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/notificaties", uitwisseling -> {
            String body = new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = weigeringen.getAndDecrement() > 0 ? this.foutStatus : 204;
            if (status == 204) {
                ontvangen.add(new Ontvangen(uitwisseling.getRequestHeaders().getFirst("Authorization"), body));
            }
            uitwisseling.sendResponseHeaders(status, -1);
            uitwisseling.close();
        });
        server.start();
    }

    static Webhook altijdGoed() throws IOException {
        return new Webhook(0, 204);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/notificaties";
    }

    List<Ontvangen> ontvangen() {
        return List.copyOf(ontvangen);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
