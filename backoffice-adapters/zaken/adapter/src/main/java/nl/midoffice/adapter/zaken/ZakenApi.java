package nl.midoffice.adapter.zaken;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.BackofficeOnbereikbaar;
import nl.midoffice.camel.Traceparent;
import nl.midoffice.contracts.Headers;

/**
 * One HTTP call to the ZGW APIs of the zaaksysteem, over Camel's HTTP component. Each call is a fresh exchange
 * that carries only the headers set here (a ZGW JWT, the CRS headers, the correlation and aanvraag ids), so
 * nothing internal or personal leaks into HTTP headers. Calls run inside the circuit breaker all calls to the
 * zaaksysteem share: connection failures, timeouts, 5xx and unreadable answers count as failures, and while it
 * is open a call fails at once with {@link BackofficeOnbereikbaar}. 4xx answers are answers: callers judge them.
 */
final class ZakenApi {

    /** Bean name of the HTTP client settings for the zaaksysteem: no retries of its own (the route decides). */
    static final String HTTP_CLIENT = "zakenHttpClient";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Whom a call is for, passed on to the zaaksysteem so its logs can be joined with ours; either may be null. */
    record Aanroep(String correlationId, String aanvraagId) {
    }

    /** An answer with a status below 500; {@code body} is null when the answer had none. */
    record Antwoord(String methode, String url, int status, JsonNode body) {

        boolean heeftFoutcode(String veld, String code) {
            if (body == null) {
                return false;
            }
            for (JsonNode param : body.path("invalidParams")) {
                if (veld.equals(param.path("name").asText()) && code.equals(param.path("code").asText())) {
                    return true;
                }
            }
            return false;
        }

        /** For exceptions and logs: method, path, status and the ZGW error code, never a request body. */
        String beschrijving() {
            String code = body == null ? "" : " " + body.path("code").asText("");
            return methode + " " + URI.create(url).getPath() + " answered HTTP " + status + code;
        }
    }

    private final ProducerTemplate http;
    private final String endpoint;
    private final ZgwToken token;
    private final CircuitBreaker breaker;

    ZakenApi(ZakenProperties properties, ProducerTemplate http, ZgwToken token, CircuitBreaker breaker) {
        long timeoutMs = properties.timeout().toMillis();
        this.endpoint = properties.url() + "?throwExceptionOnFailure=false&httpClientConfigurer=#" + HTTP_CLIENT
                + "&connectTimeout=" + timeoutMs + "&responseTimeout=" + timeoutMs;
        this.http = http;
        this.token = token;
        this.breaker = breaker;
    }

    Antwoord get(String url, Aanroep aanroep) {
        return roep("GET", url, null, aanroep);
    }

    Antwoord post(String url, JsonNode body, Aanroep aanroep) {
        try {
            return roep("POST", url, JSON.writeValueAsString(body), aanroep);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    /** {@code url?naam=waarde&...} with the values encoded. */
    static String metQuery(String url, String... namenEnWaarden) {
        StringBuilder query = new StringBuilder(url);
        for (int i = 0; i < namenEnWaarden.length; i += 2) {
            query.append(i == 0 ? '?' : '&').append(namenEnWaarden[i]).append('=')
                    .append(URLEncoder.encode(namenEnWaarden[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** W3C trace context for the call, as every adapter derives it ({@link Traceparent}). */
    static String traceparent(String correlationId) {
        return Traceparent.van(correlationId);
    }

    private Antwoord roep(String methode, String url, String body, Aanroep aanroep) {
        try {
            return breaker.executeCallable(() -> verstuur(methode, url, body, aanroep));
        } catch (CallNotPermittedException e) {
            throw new BackofficeOnbereikbaar("zaken unavailable (circuit breaker open)", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ZakenStoring(methode + " " + URI.create(url).getPath() + " failed: " + e.getMessage(), e);
        }
    }

    private Antwoord verstuur(String methode, String url, String body, Aanroep aanroep) throws Exception {
        Exchange antwoord = http.send(endpoint, exchange -> {
            var bericht = exchange.getMessage();
            bericht.setHeader(Exchange.HTTP_METHOD, methode);
            bericht.setHeader(Exchange.HTTP_URI, url);
            bericht.setHeader("Authorization", token.bearer());
            bericht.setHeader("Accept", "application/json");
            bericht.setHeader("Accept-Crs", "EPSG:4326");
            if (body != null) {
                bericht.setHeader(Exchange.CONTENT_TYPE, "application/json");
                bericht.setHeader("Content-Crs", "EPSG:4326");
            }
            if (aanroep.correlationId() != null) {
                bericht.setHeader(Headers.CORRELATION_ID, aanroep.correlationId());
                bericht.setHeader(Traceparent.HEADER, traceparent(aanroep.correlationId()));
            }
            if (aanroep.aanvraagId() != null) {
                bericht.setHeader(Headers.AANVRAAG_ID, aanroep.aanvraagId());
            }
            bericht.setBody(body);
        });
        if (antwoord.getException() != null) {
            throw antwoord.getException();
        }
        int status = antwoord.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String tekst = antwoord.getMessage().getBody(String.class);
        if (status >= 500 || status < 200) {
            throw new ZakenStoring(methode + " " + URI.create(url).getPath() + " answered HTTP " + status);
        }
        return new Antwoord(methode, url, status, lees(methode, url, status, tekst));
    }

    private static JsonNode lees(String methode, String url, int status, String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            JsonNode json = JSON.readTree(tekst);
            if (!json.isObject()) {
                throw new IOException("not a JSON object");
            }
            return json;
        } catch (IOException e) {
            throw new OnleesbaarAntwoord(methode + " " + URI.create(url).getPath() + " answered HTTP " + status
                    + " with a body that is not a JSON object", e);
        }
    }
}
