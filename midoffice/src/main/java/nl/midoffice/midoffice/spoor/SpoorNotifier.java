package nl.midoffice.midoffice.spoor;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.camel.spi.CamelEvent;
import org.apache.camel.Exchange;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.log.LogTekst;

/**
 * Watches every exchange a route completes: a Micrometer timer per route and outcome
 * ({@code midoffice_route_seconds{route, systeem, uitkomst}}, {@code systeem} being the back office a route
 * talks to), and, when the exchange concerns an aanvraag, a hop of its trace: which route, when, how long,
 * and how it ended (done, failed and going to be redelivered, or parked in a dead-letter queue). The trace
 * is written outside the route's transaction, so failed attempts stay visible too.
 */
@Component
class SpoorNotifier extends EventNotifierSupport {

    private static final Logger log = LoggerFactory.getLogger(SpoorNotifier.class);

    private final Spoor spoor;
    private final MeterRegistry metrics;

    SpoorNotifier(Spoor spoor, MeterRegistry metrics) {
        this.spoor = spoor;
        this.metrics = metrics;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        String routeId = exchange.getFromRouteId();
        if (routeId == null) {
            return;
        }
        Instant start = Instant.ofEpochMilli(exchange.getClock().getCreated());
        long duur = Duration.between(start, Instant.now()).toMillis();
        Exception fout = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Spoor.Uitkomst uitkomst = fout == null ? Spoor.Uitkomst.OK
                : exchange.getException() == null ? Spoor.Uitkomst.GEPARKEERD : Spoor.Uitkomst.FOUT;
        Timer.builder("midoffice.route").description("Time a route spent on one message")
                .tag("route", routeId).tag("systeem", systeem(routeId)).tag("uitkomst", uitkomst.name())
                .register(metrics).record(duur, TimeUnit.MILLISECONDS);
        String aanvraagId = exchange.getProperty(BetrouwbareAflevering.AANVRAAG_ID, String.class);
        if (aanvraagId == null) {
            return;
        }
        try {
            String detail = fout == null ? null : fout.getClass().getSimpleName() + ": " + fout.getMessage();
            Integer aflevering = exchange.getProperty(VertraagdMelder.AFLEVERINGEN, Integer.class);
            if (aflevering != null && aflevering > 1) {
                detail = "aflevering " + aflevering + (detail == null ? "" : "; " + detail);
            }
            spoor.leg(UUID.fromString(aanvraagId), routeId, start, duur, uitkomst, detail);
        } catch (RuntimeException e) {
            // a trace is for looking back; it must never break or roll back the message it describes
            log.warn("Could not record hop {} of aanvraag {}: {}", routeId, LogTekst.veilig(aanvraagId),
                    LogTekst.veilig(e.getMessage()));
        }
    }

    /** Route ids start with the system they serve: {@code legacy-suite.zaak-registreren}, {@code midoffice.x}. */
    static String systeem(String routeId) {
        int punt = routeId.indexOf('.');
        return punt < 0 ? routeId : routeId.substring(0, punt);
    }

}
