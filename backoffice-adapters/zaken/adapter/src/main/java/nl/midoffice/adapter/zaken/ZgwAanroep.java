package nl.midoffice.adapter.zaken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import com.fasterxml.jackson.databind.JsonNode;

import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.camel.Traceparent;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.ZaakRegistreren;

/**
 * The request of one call to the Zaken API, as the step of the route before its endpoint ({@link #endpoint}): every
 * header is cleared first, so nothing of the command's JMS message, of an earlier answer, nor anything personal goes
 * along; then a fresh ZGW JWT (a ZRC accepts an {@code iat} only for a limited time), the CRS headers and the
 * correlation and aanvraag ids of the command ({@link Opdrachtroute#OPDRACHT}) are set. Query values go in
 * {@code CamelHttpQuery}, encoded, so the endpoint stays one per collection.
 */
final class ZgwAanroep {

    /** Exchange property: the {@link Verzoek} just sent, for {@link ZgwAntwoord#van}. */
    static final String VERZOEK = "zakenVerzoek";

    /** What a call was, for the reading of its answer and its messages; never its body. */
    record Verzoek(String methode, String url) {
    }

    private final ZakenProperties properties;
    private final ZgwToken token;

    ZgwAanroep(ZakenProperties properties, ZgwToken token) {
        this.properties = properties;
        this.token = token;
    }

    /** The HTTP endpoint of a collection of the Zaken API, e.g. {@code zaken}: one per collection, in the route. */
    static String endpoint(String collectie) {
        return Opdrachtroute.http(ZakenProperties.PREFIX, ZakenProperties.ZAKEN_API + "/" + collectie);
    }

    /** {@code POST} of the body the mapping builds from the exchange. */
    Processor post(String collectie, Function<Exchange, JsonNode> body) {
        return exchange -> {
            var bericht = verzoek(exchange, "POST", properties.zakenApi(collectie));
            bericht.setHeader(Exchange.CONTENT_TYPE, "application/json");
            bericht.setHeader("Content-Crs", "EPSG:4326");
            bericht.setBody(ZakenApi.JSON.writeValueAsString(body.apply(exchange)));
        };
    }

    /** {@code GET} of a collection with the filters the mapping gives, as names and values. */
    Processor get(String collectie, Function<Exchange, String[]> filters) {
        return exchange -> {
            String query = query(filters.apply(exchange));
            var bericht = verzoek(exchange, "GET", properties.zakenApi(collectie) + "?" + query);
            bericht.setHeader(Exchange.HTTP_QUERY, query);
            bericht.setBody(null);
        };
    }

    private Message verzoek(Exchange exchange, String methode, String url) {
        var bericht = exchange.getMessage();
        bericht.removeHeaders("*");
        bericht.setHeader(Exchange.HTTP_METHOD, methode);
        bericht.setHeader("Authorization", token.bearer());
        bericht.setHeader("Accept", "application/json");
        bericht.setHeader("Accept-Crs", "EPSG:4326");
        var opdracht = exchange.getProperty(Opdrachtroute.OPDRACHT, ZaakRegistreren.class);
        if (opdracht.correlationId() != null) {
            bericht.setHeader(Headers.CORRELATION_ID, opdracht.correlationId());
            bericht.setHeader(Traceparent.HEADER, traceparent(opdracht.correlationId()));
        }
        if (opdracht.aanvraagId() != null) {
            bericht.setHeader(Headers.AANVRAAG_ID, opdracht.aanvraagId());
        }
        exchange.setProperty(VERZOEK, new Verzoek(methode, url));
        return bericht;
    }

    /** {@code naam=waarde&...} with the values encoded. */
    static String query(String... namenEnWaarden) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namenEnWaarden.length; i += 2) {
            query.append(i == 0 ? "" : "&").append(namenEnWaarden[i]).append('=')
                    .append(URLEncoder.encode(namenEnWaarden[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** W3C trace context for the call, as every adapter derives it ({@link Traceparent}). */
    static String traceparent(String correlationId) {
        return Traceparent.van(correlationId);
    }
}
