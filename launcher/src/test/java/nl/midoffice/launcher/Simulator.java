package nl.midoffice.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The legacy-suite simulator's control API, as tests use it. */
final class Simulator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String basis;
    private final HttpClient http = HttpClient.newHttpClient();

    Simulator(String basis) {
        this.basis = basis;
    }

    /** The zaken the suite registered for an aanvraag id (one record per zaak). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> zakenVoor(String aanvraagId) throws Exception {
        String json = http.send(HttpRequest.newBuilder(URI.create(basis + "/simulator/ontvangen"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Object> ontvangen = JSON.readValue(json, Map.class);
        return ((List<Map<String, Object>>) ontvangen.get("ontvangen")).stream()
                .filter(z -> aanvraagId.equals(z.get("aanvraagId")))
                .toList();
    }
}
