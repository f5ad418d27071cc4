package nl.midoffice.adapter.zaken;

import java.net.URI;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.BackofficeOnbereikbaar;
import nl.midoffice.camel.Traceparent;
import nl.midoffice.contracts.Headers;

/**
 * The GETs the notification callback makes ({@link NotificatieVerwerking}): the zaak, the status and the statustype a
 * notification names, at URLs the notification gives. They answer an HTTP request on the host's web server, not a
 * queued command, so they are no {@code Opdrachtroute}: each is a fresh exchange over Camel's HTTP component that
 * carries only a ZGW JWT, the {@code Accept} headers and the ids of the aanvraag once known, inside the circuit breaker all calls to the zaaksysteem share
 * (connection failures, timeouts, 5xx and unreadable answers count as failures; while it is open a call fails at once
 * with {@link BackofficeOnbereikbaar}). The registration's calls are endpoints of {@link ZaakRegistrerenRoute}.
 */
final class ZakenApi {

    /** Bean name of the HTTP client settings for the zaaksysteem: no retries of its own (the route decides). */
    static final String HTTP_CLIENT = "zakenHttpClient";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Whom a call is for, passed on to the zaaksysteem so its logs can be joined with ours; either may be null. */
    record Aanroep(String correlationId, String aanvraagId) {
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

    ZgwAntwoord get(String url, Aanroep aanroep) {
        try {
            return breaker.executeCallable(() -> verstuur(url, aanroep));
        } catch (CallNotPermittedException e) {
            throw new BackofficeOnbereikbaar("zaken unavailable (circuit breaker open)", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ZakenStoring("GET " + URI.create(url).getPath() + " failed: " + e.getMessage(), e);
        }
    }

    private ZgwAntwoord verstuur(String url, Aanroep aanroep) throws Exception {
        Exchange antwoord = http.send(endpoint, exchange -> {
            var bericht = exchange.getMessage();
            bericht.setHeader(Exchange.HTTP_METHOD, "GET");
            bericht.setHeader(Exchange.HTTP_URI, url);
            bericht.setHeader("Authorization", token.bearer());
            bericht.setHeader("Accept", "application/json");
            bericht.setHeader("Accept-Crs", "EPSG:4326");
            if (aanroep.correlationId() != null) {
                bericht.setHeader(Headers.CORRELATION_ID, aanroep.correlationId());
                bericht.setHeader(Traceparent.HEADER, ZgwAanroep.traceparent(aanroep.correlationId()));
            }
            if (aanroep.aanvraagId() != null) {
                bericht.setHeader(Headers.AANVRAAG_ID, aanroep.aanvraagId());
            }
        });
        if (antwoord.getException() != null) {
            throw antwoord.getException();
        }
        int status = antwoord.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        return ZgwAntwoord.uit("GET", url, status, antwoord.getMessage().getBody(String.class));
    }
}
