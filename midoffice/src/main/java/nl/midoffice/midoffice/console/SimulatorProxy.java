package nl.midoffice.midoffice.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import nl.midoffice.contracts.Systemen;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's way to the simulators' control API ({@code /simulator/gedrag}): the browser never calls a simulator
 * itself. Only the four back-office systems can be reached, each at the base URL its adapter uses
 * ({@code midoffice.adapters.<system>.url}, defaults {@code http://localhost:8091..8094}); nothing from the request
 * ever becomes part of a URL but the choice among those four.
 */
@Component
class SimulatorProxy {

    private static final Logger log = LoggerFactory.getLogger(SimulatorProxy.class);
    private static final String GEDRAG = "/simulator/gedrag";

    /** The failure modes every simulator knows (docs/architecture.md). */
    enum Modus { NORMAAL, STORING, TRAAG }

    /** What a simulator said, or why it could not be asked. */
    record Antwoord(String systeem, String url, boolean bereikbaar, JsonNode gedrag, String fout) {
    }

    /** The simulator refused or could not be reached. */
    static class SimulatorFout extends RuntimeException {
        SimulatorFout(String bericht) {
            super(bericht);
        }
    }

    private final Map<String, URI> simulatoren = new LinkedHashMap<>();
    private final RestClient rest;
    private final JsonMapper json;

    SimulatorProxy(Environment environment, JsonMapper json) {
        this.json = json;
        Binder binder = Binder.get(environment);
        Map<String, Integer> poorten = Map.of(Systemen.LEGACY_SUITE, 8091, Systemen.BRP, 8092, Systemen.ZAKEN, 8093,
                Systemen.VERGUNNINGEN, 8094);
        for (String systeem : List.of(Systemen.LEGACY_SUITE, Systemen.BRP, Systemen.ZAKEN, Systemen.VERGUNNINGEN)) {
            String url = binder.bind("midoffice.adapters." + systeem + ".url", String.class)
                    .orElse("http://localhost:" + poorten.get(systeem));
            simulatoren.put(systeem, URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
        }
        var requestFactory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build());
        requestFactory.setReadTimeout(Duration.ofSeconds(3));
        this.rest = RestClient.builder().requestFactory(requestFactory).build();
    }

    List<String> systemen() {
        return List.copyOf(simulatoren.keySet());
    }

    boolean kent(String systeem) {
        return simulatoren.containsKey(systeem);
    }

    List<Antwoord> alle() {
        return simulatoren.keySet().stream().map(this::lees).toList();
    }

    Antwoord lees(String systeem) {
        URI basis = basis(systeem).orElseThrow();
        try {
            String body = rest.get().uri(basis + GEDRAG).accept(MediaType.APPLICATION_JSON).retrieve().body(String.class);
            return new Antwoord(systeem, basis.toString(), true, json.readTree(body), null);
        } catch (RestClientException | tools.jackson.core.JacksonException e) {
            return new Antwoord(systeem, basis.toString(), false, null, waarom(e));
        }
    }

    /** Switches one simulator's failure mode; the values are checked here, so only a well-formed body is sent. */
    Antwoord zet(String systeem, Modus modus, Long vertragingMs, Double foutkans, String door) {
        URI basis = basis(systeem).orElseThrow();
        Map<String, Object> verzoek = new LinkedHashMap<>();
        verzoek.put("modus", modus.name());
        if (vertragingMs != null) {
            verzoek.put("vertragingMs", vertragingMs);
        }
        if (foutkans != null) {
            verzoek.put("foutkans", foutkans);
        }
        try {
            String body = rest.put().uri(basis + GEDRAG).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).body(json.writeValueAsString(verzoek)).retrieve().body(String.class);
            log.info("Simulator {} set to {} by {}", systeem, modus, door);
            return new Antwoord(systeem, basis.toString(), true, body == null ? null : json.readTree(body), null);
        } catch (RestClientException | tools.jackson.core.JacksonException e) {
            log.warn("Simulator {} could not be set to {}: {}", systeem, modus, waarom(e));
            throw new SimulatorFout("De simulator " + systeem + " (" + basis + "): " + waarom(e));
        }
    }

    private Optional<URI> basis(String systeem) {
        return Optional.ofNullable(simulatoren.get(systeem));
    }

    private static String waarom(Exception e) {
        if (e instanceof RestClientResponseException r) {
            return "antwoordde HTTP " + r.getStatusCode().value();
        }
        if (e instanceof tools.jackson.core.JacksonException) {
            return "gaf een onleesbaar antwoord";
        }
        return "niet bereikbaar";
    }
}
