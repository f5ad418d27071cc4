package nl.midoffice.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/** The legacy-suite simulator's control API, as tests use it. */
final class Simulator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String basis;
    private final HttpClient http = HttpClient.newHttpClient();

    Simulator(String basis) {
        this.basis = basis;
    }

    /** Every zaak the suite holds, one record each. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ontvangen() throws IOException, InterruptedException {
        String json = http.send(HttpRequest.newBuilder(URI.create(basis + "/simulator/ontvangen"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Object> ontvangen = JSON.readValue(json, Map.class);
        return (List<Map<String, Object>>) ontvangen.get("ontvangen");
    }

    /** The zaken the suite registered for an aanvraag id (one record per zaak). */
    List<Map<String, Object>> zakenVoor(String aanvraagId) throws IOException, InterruptedException {
        return ontvangen().stream().filter(z -> aanvraagId.equals(z.get("aanvraagId"))).toList();
    }

    /** How many zaken the suite holds per aanvraag id. */
    Map<String, Long> zakenPerAanvraag() throws IOException, InterruptedException {
        return ontvangen().stream().map(z -> (String) z.get("aanvraagId")).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Repeated deliveries of zaken the suite already had, which it answered without registering anything. */
    long herhalingen(java.util.Collection<String> aanvraagIds) throws IOException, InterruptedException {
        return ontvangen().stream().filter(z -> aanvraagIds.contains(z.get("aanvraagId")))
                .mapToLong(z -> ((Number) z.getOrDefault("herhalingen", 0)).longValue()).sum();
    }

    /** Switches the suite's failure mode: NORMAAL, STORING (every call 503) or TRAAG. */
    void gedrag(String modus) throws IOException, InterruptedException {
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/simulator/gedrag"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"modus\":\"" + modus + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() / 100 != 2) {
            throw new AssertionError("PUT gedrag " + modus + " answered " + antwoord.statusCode() + ": "
                    + antwoord.body());
        }
    }
}
