package nl.midoffice.adapter.brp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.midoffice.simulator.brp.BrpSimulatorApplication;

/**
 * The real BRP simulator, started in this JVM on a random port, with its control API. Camel, JMS, Artemis and
 * the adapters are on the test class path too: they are kept out of the simulator's own context.
 */
final class BrpSimulator implements AutoCloseable {

    private static final String[] NIET_IN_DE_SIMULATOR = {
            "org.apache.camel.spring.boot.CamelAutoConfiguration",
            "org.springframework.boot.artemis.autoconfigure.ArtemisAutoConfiguration",
            "org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration",
            "nl.midoffice.camel.CamelSupportAutoConfiguration",
            "nl.midoffice.adapter.brp.BrpAutoConfiguration" };

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private BrpSimulator(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static BrpSimulator start() {
        // as arguments: they must win over the simulator's own application.properties (server.port=8092)
        return new BrpSimulator(new SpringApplicationBuilder(BrpSimulatorApplication.class)
                .main(BrpSimulatorApplication.class)
                // the demo profile: its control API without a key
                .profiles("demo")
                .run("--server.port=0", "--spring.jmx.enabled=false",
                        "--spring.autoconfigure.exclude=" + String.join(",", NIET_IN_DE_SIMULATOR)));
    }

    String url() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** {@code PUT /simulator/gedrag}: NORMAAL, STORING or TRAAG. */
    void gedrag(String gedragJson) {
        var antwoord = stuur(HttpRequest.newBuilder(URI.create(url() + "/simulator/gedrag"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(gedragJson)));
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException("gedrag not set: HTTP " + antwoord.statusCode());
        }
    }

    /** {@code GET /simulator/ontvangen}: the answered bevragingen, newest first. */
    List<JsonNode> ontvangen() {
        String body = stuur(HttpRequest.newBuilder(URI.create(url() + "/simulator/ontvangen")).GET()).body();
        List<JsonNode> bevragingen = new ArrayList<>();
        lees(body).path("ontvangen").forEach(bevragingen::add);
        return bevragingen;
    }

    /** The bevragingen that carried this correlation id. */
    List<JsonNode> ontvangenMet(String correlationId) {
        return ontvangen().stream().filter(b -> correlationId.equals(b.path("correlationId").asText())).toList();
    }

    /** {@code GET /simulator/personen}: the test persons in short. */
    List<JsonNode> testpersonen() {
        List<JsonNode> personen = new ArrayList<>();
        lees(stuur(HttpRequest.newBuilder(URI.create(url() + "/simulator/personen")).GET()).body())
                .path("personen").forEach(personen::add);
        return personen;
    }

    /** A raw {@code POST /personen}: status and body, as the adapter gets them. */
    HttpResponse<String> personen(String vraag) {
        return stuur(HttpRequest.newBuilder(URI.create(url() + "/haalcentraal/api/brp/personen"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(vraag)));
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode lees(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
