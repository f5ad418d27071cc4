package nl.midoffice.adapter.vergunningen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import nl.midoffice.simulator.vergunningen.VergunningenSimulatorApplication;

/**
 * The real vergunningen simulator, started in this JVM on a free port with short clocks, and its control API
 * ({@code /simulator/ontvangen}, {@code /simulator/gedrag}) over HTTP.
 */
final class VergunningenSimulator implements AutoCloseable {

    static final String API_SLEUTEL = "adapter-it-vergunningen-sleutel";

    private final ConfigurableApplicationContext context;
    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();

    private VergunningenSimulator(ConfigurableApplicationContext context) {
        this.context = context;
        this.url = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    static VergunningenSimulator start() {
        // arguments, so they win over the simulator's own application.properties (port 8094, 5 s to decide)
        return new VergunningenSimulator(new SpringApplicationBuilder(VergunningenSimulatorApplication.class)
                .main(VergunningenSimulatorApplication.class)
                // the demo profile: its control API without a key; the API key is this test's own
                .profiles("demo")
                .run("--server.port=0",
                        "--simulator.api-sleutel=" + API_SLEUTEL,
                        "--spring.main.banner-mode=off",
                        "--spring.autoconfigure.exclude=" + nietVanDeSimulator(),
                        "--simulator.beslistermijn=200ms",
                        "--simulator.callback.eerste-wachttijd=100ms",
                        "--simulator.callback.max-wachttijd=500ms",
                        "--simulator.callback.max-pogingen=20"));
    }

    /** The test classpath also holds Camel, JMS, Artemis and the adapters: they belong to the mid-office side. */
    private static String nietVanDeSimulator() {
        return ImportCandidates.load(AutoConfiguration.class, VergunningenSimulator.class.getClassLoader())
                .getCandidates().stream()
                .filter(naam -> naam.startsWith("org.apache.camel.") || naam.startsWith("nl.midoffice.camel.")
                        || naam.startsWith("nl.midoffice.adapter.") || naam.contains(".artemis.")
                        || naam.contains(".jms."))
                .collect(Collectors.joining(","));
    }

    String url() {
        return url;
    }

    /** What the service received with this reference (one record per application). */
    List<JsonNode> ontvangen(String referentie) {
        JsonNode alles = lees(http(HttpRequest.newBuilder(URI.create(url + "/simulator/ontvangen")).GET()));
        return StreamSupport.stream(alles.path("ontvangen").spliterator(), false)
                .filter(o -> referentie.equals(o.path("referentie").asText()))
                .toList();
    }

    void gedrag(String modus) {
        var antwoord = http(HttpRequest.newBuilder(URI.create(url + "/simulator/gedrag"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"modus\":\"" + modus + "\"}")));
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException("PUT /simulator/gedrag answered " + antwoord.statusCode());
        }
    }

    private HttpResponse<String> http(HttpRequest.Builder verzoek) {
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode lees(HttpResponse<String> antwoord) {
        try {
            return Json.MAPPER.readTree(antwoord.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
