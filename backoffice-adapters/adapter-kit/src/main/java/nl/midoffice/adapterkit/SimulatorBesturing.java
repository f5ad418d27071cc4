package nl.midoffice.adapterkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The control API every simulator in this project has (docs/architecture.md): what it received, and its
 * failure mode.
 */
public class SimulatorBesturing {

    private final String basisUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public SimulatorBesturing(String basisUrl) {
        this.basisUrl = basisUrl;
    }

    public String basisUrl() {
        return basisUrl;
    }

    /**
     * The records at {@code pad} (e.g. {@code /simulator/ontvangen}) about this aanvraag: one per thing the system
     * holds for it. The answer is a JSON array or an object holding one; records carry {@code aanvraagId}.
     */
    public List<JsonNode> ontvangen(String pad, String aanvraagId) {
        JsonNode antwoord = lees(pad);
        JsonNode lijst = antwoord.isArray() ? antwoord : eersteLijst(antwoord);
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode record : lijst) {
            if (Objects.equals(aanvraagId, record.path("aanvraagId").asText(null))) {
                records.add(record);
            }
        }
        return records;
    }

    public void normaal() {
        gedrag("{\"modus\":\"NORMAAL\"}");
    }

    /** Every protocol call answers 503; nothing is processed. */
    public void storing() {
        gedrag("{\"modus\":\"STORING\"}");
    }

    /** Every protocol call waits this long before it is processed: a caller that gives up earlier was too quick. */
    public void traag(Duration vertraging) {
        gedrag("{\"modus\":\"TRAAG\",\"vertragingMs\":" + vertraging.toMillis() + "}");
    }

    /** Every protocol call answers 500 (a technical error of the system); nothing is processed. */
    public void altijdFout() {
        gedrag("{\"modus\":\"NORMAAL\",\"foutkans\":1.0}");
    }

    /** {@code PUT /simulator/gedrag} with this JSON body. */
    public void gedrag(String gedragJson) {
        var verzoek = HttpRequest.newBuilder(URI.create(basisUrl + "/simulator/gedrag"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(gedragJson)).build();
        var antwoord = verstuur(verzoek);
        if (antwoord.statusCode() / 100 != 2) {
            throw new IllegalStateException("PUT /simulator/gedrag answered " + antwoord.statusCode());
        }
    }

    private JsonNode lees(String pad) {
        var antwoord = verstuur(HttpRequest.newBuilder(URI.create(basisUrl + pad)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build());
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException("GET " + pad + " answered " + antwoord.statusCode());
        }
        try {
            return json.readTree(antwoord.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + pad + " answered no JSON", e);
        }
    }

    private static JsonNode eersteLijst(JsonNode object) {
        for (Iterator<JsonNode> velden = object.elements(); velden.hasNext();) {
            JsonNode veld = velden.next();
            if (veld.isArray()) {
                return veld;
            }
        }
        throw new IllegalStateException("the answer holds no list of received records");
    }

    private HttpResponse<String> verstuur(HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(verzoek.method() + " " + verzoek.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
