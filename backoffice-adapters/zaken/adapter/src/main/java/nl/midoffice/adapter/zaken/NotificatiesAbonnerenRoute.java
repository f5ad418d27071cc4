package nl.midoffice.adapter.zaken;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Subscribes the callback ({@link NotificatieOntvangenRoute}) to the zaaksysteem's notifications at start-up,
 * through the simulator's {@code POST /simulator/abonnementen}. The zaaksysteem may start later than the
 * mid-office, so a timer tries until it answers, without holding up start-up. After that it renews the
 * subscription once a minute: the simulator keeps subscriptions in memory and forgets them when it restarts, and
 * subscribing again is harmless (the same callback URL only gets its {@code auth} replaced). The route keeps
 * running, so the application's readiness (Camel's route health) stays UP. Several instances of the host share
 * one subscription when {@code abonneren-route-policy} names a policy that runs the route on one of them.
 */
class NotificatiesAbonnerenRoute extends RouteBuilder {

    static final String ROUTE_ID = "zaken.notificaties-abonneren";
    static final String PAD = "/simulator/abonnementen";
    private static final Logger log = LoggerFactory.getLogger(NotificatiesAbonnerenRoute.class);
    /** While the zaaksysteem is unreachable, one warning per this many attempts (once a minute). */
    private static final int WAARSCHUW_ELKE = 12;

    private final ZakenProperties properties;
    private final Environment environment;
    private final AtomicInteger pogingen = new AtomicInteger();
    /** When the last subscription succeeded (epoch ms), 0 while there is none. */
    private final AtomicLong geabonneerdOp = new AtomicLong();
    static final long VERNIEUW_NA_MS = 60_000;

    NotificatiesAbonnerenRoute(ZakenProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void configure() {
        long timeoutMs = properties.timeout().toMillis();
        var route = from("timer:zaken-notificaties-abonneren?delay=1000&period=5000")
                .routeId(ROUTE_ID);
        if (properties.abonnerenRoutePolicy() != null && !properties.abonnerenRoutePolicy().isBlank()) {
            // e.g. the host's leader election: one subscriber for several instances behind one callback URL
            route.routePolicyRef(properties.abonnerenRoutePolicy());
        }
        route.onException(Exception.class).handled(true)
                    .process(this::mislukt)
                .end()
                .filter(e -> System.currentTimeMillis() - geabonneerdOp.get() >= VERNIEUW_NA_MS)
                .removeHeaders("*")
                .process(this::verzoek)
                .to(properties.url() + PAD + "?httpClientConfigurer=#" + ZakenApi.HTTP_CLIENT
                        + "&connectTimeout=" + timeoutMs + "&responseTimeout=" + timeoutMs)
                .process(this::gelukt);
    }

    /** {@code {"callbackUrl", "auth"}}; the auth value is a credential and is never logged. */
    void verzoek(Exchange exchange) {
        String callbackUrl = callbackUrl();
        exchange.setProperty("callbackUrl", callbackUrl);
        var body = ZakenApi.JSON.createObjectNode();
        body.put("callbackUrl", callbackUrl);
        body.put("auth", "Bearer " + properties.callbackSecret());
        exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "POST");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(body.toString());
    }

    private void gelukt(Exchange exchange) {
        if (geabonneerdOp.getAndSet(System.currentTimeMillis()) == 0) {
            log.info("Subscribed to the notifications of the zaaksysteem at {}, callback {}", properties.url(),
                    exchange.getProperty("callbackUrl"));
        }
    }

    /** Resolved now, not at binding: {@code ${local.server.port}} is known only once the web server runs. */
    String callbackUrl() {
        return environment.resolveRequiredPlaceholders(properties.callbackUrl());
    }

    private void mislukt(Exchange exchange) {
        Exception oorzaak = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        geabonneerdOp.set(0); // try again on the next tick, and say so when it works again
        int poging = pogingen.incrementAndGet();
        if (poging % WAARSCHUW_ELKE == 1) {
            log.warn("Not yet subscribed to the notifications of the zaaksysteem at {} (attempt {}), trying again: {}",
                    properties.url(), poging, oorzaak == null ? "?" : oorzaak.getMessage());
        } else {
            log.debug("Subscribing to the zaaksysteem's notifications failed (attempt {})", poging);
        }
    }
}
