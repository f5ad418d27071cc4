package nl.midoffice.camel;

import static org.apache.camel.builder.Builder.body;
import static org.apache.camel.builder.Builder.simple;

import java.util.function.Function;

import org.apache.camel.ExchangePattern;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.CircuitBreakerDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.dataformat.JsonLibrary;

import nl.midoffice.contracts.Headers;

/**
 * The three steps every adapter's command route is made of, "consume a command transactionally, call the system,
 * publish the canonical result", so that each adapter writes only what is its own (mapping to and from its
 * protocol):
 *
 * <pre>{@code
 * var route = Opdrachtroute.consumeer(this, ROUTE_ID, Queues.BRP_PERSOON_OPVRAGEN, "midoffice.adapters.brp",
 *         PersoonOpvragen.class, PersoonOpvragenRoute::betreft)
 *         .bean(berichten, "raadpleeg");                               // mapping: command -> request
 * Opdrachtroute.aanroep(route, "brpCircuitBreaker",
 *         Opdrachtroute.http("midoffice.adapters.brp", "/personen"), this::naarAntwoord);
 * Opdrachtroute.publiceer(route, Queues.PERSOONSGEGEVENS_RESULTATEN);
 * }</pre>
 *
 * Every call to the system is an endpoint of the route inside Camel's {@code circuitBreaker()} (Resilience4j), so
 * route diagrams, message history, the trace and the metrics show it. Options are {@code {{placeholders}}}
 * resolved from the adapter's settings ({@link Instellingen}).
 */
public final class Opdrachtroute {

    /** Exchange property: the command as it came from the queue. */
    public static final String OPDRACHT = "midofficeOpdracht";

    /**
     * The HTTP endpoint {@code {{<prefix>.url}}<pad>} as every call uses it: answers of any status reach the mapping
     * (which decides what a status means); the client's own retries off (the route configuration decides); the
     * timeout from {@code {{<prefix>.timeout}}}.
     */
    public static String http(String prefix, String pad) {
        String timeout = Instellingen.placeholder(prefix, "timeout");
        return Instellingen.placeholder(prefix, "url") + pad + "?throwExceptionOnFailure=false&httpClientConfigurer=#"
                + CamelSupportAutoConfiguration.HTTP_CLIENT + "&connectTimeout=" + timeout + "&responseTimeout=" + timeout;
    }

    private Opdrachtroute() {
    }

    /**
     * Consumes the queue in a JMS transaction under {@link BetrouwbareAflevering} (retries, VERTRAAGD, dead letters),
     * at most {@code {{<prefix>.concurrent-consumers}}} consumers (one while the queue is idle: the jms component's
     * {@code concurrentConsumers}); reads the command's JSON, keeps it as {@link #OPDRACHT} and says what it is about
     * for the VERTRAAGD report.
     */
    public static <T> RouteDefinition consumeer(RouteBuilder builder, String routeId, String queue, String prefix,
            Class<T> opdracht, Function<T, VertraagdMelder.Betreft> betreft) {
        return builder.from("jms:queue:" + queue + "?transacted=true&errorHandlerLogStackTrace=false"
                        + "&maxConcurrentConsumers=" + Instellingen.placeholder(prefix, "concurrent-consumers"))
                .routeId(routeId)
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, opdracht)
                .setProperty(OPDRACHT, body())
                .process(e -> e.setProperty(VertraagdMelder.BETREFT, betreft.apply(e.getMessage().getBody(opdracht))));
    }

    /**
     * One call to the system: the endpoint {@code uri} and the reading of its answer, inside the circuit breaker
     * (bean {@code breaker}, see {@link Stroomonderbreker}). A failure of either counts for the breaker; while it is
     * open the call fails at once and the message goes back to the broker for a later delivery.
     */
    public static ProcessorDefinition<?> aanroep(ProcessorDefinition<?> route, String breaker, String uri,
            Processor leesAntwoord) {
        return stroomonderbreker(route, breaker)
                    .to(uri)
                    .process(leesAntwoord)
                .end();
    }

    /**
     * Camel's {@code circuitBreaker()} on the system's breaker (bean {@code breaker}), for a conversation of several
     * calls that succeeds or fails as a whole (the zaken adapter's registration): put its endpoints and mappings in
     * it and {@code end()} it. A failure inside counts for the breaker; the route configuration retries the whole
     * block, from the state the exchange had before it.
     */
    public static CircuitBreakerDefinition stroomonderbreker(ProcessorDefinition<?> route, String breaker) {
        return route.circuitBreaker()
                // the route configuration's error handler around the whole breaker: a failed call is retried as
                // a whole, reports VERTRAAGD, goes back to the broker (without it the EIP keeps errors to itself)
                .inheritErrorHandler(true)
                .resilience4jConfiguration().circuitBreaker(breaker).throwExceptionWhenHalfOpenOrOpenState(true)
                .end();
    }

    /**
     * Publishes the body (a {@code contracts} record with an aanvraagId and a correlationId) as JSON on the queue,
     * with the ids as JMS properties; in the consumer's transaction. InOnly: a question with a reply-to makes the
     * exchange InOut, and nobody answers this send.
     */
    public static ProcessorDefinition<?> publiceer(ProcessorDefinition<?> route, String queue) {
        return route.setHeader(Headers.JMS_AANVRAAG_ID, simple("${body.aanvraagId}"))
                .setHeader(Headers.JMS_CORRELATION_ID, simple("${body.correlationId}"))
                .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                .to(ExchangePattern.InOnly, "jms:queue:" + queue);
    }
}
