package nl.midoffice.adapter.zaken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Subscribes the callback ({@link NotificatieOntvangenRoute}) to the zaaksysteem's notifications at start-up,
 * through the ZGW Notificaties API 1.0 ({@code /abonnement}, scope {@code notificaties.consumeren}): one
 * abonnement with our callback URL, its {@code auth}, and kanaal {@code zaken} filtered on the bronorganisaties
 * (RSINs) of our municipalities. Each round lists the abonnementen, keeps the one with our callback URL up to date
 * ({@code PUT}, so a changed secret or RSIN takes effect), creates it when there is none ({@code POST}) and deletes
 * any further ones with our callback URL, so renewals never pile up.
 *
 * <p>The zaaksysteem may start later than the mid-office, so a timer tries until it answers, without holding up
 * start-up. After that it renews once a minute: the simulator keeps abonnementen in memory and forgets them when it
 * restarts. The route keeps running, so the application's readiness (Camel's route health) stays UP. Several
 * instances of the host share one abonnement when {@code abonneren-route-policy} names a policy that runs the route
 * on one of them.
 */
class NotificatiesAbonnerenRoute extends RouteBuilder {

    static final String ROUTE_ID = "zaken.notificaties-abonneren";
    /** The Notificaties API's collection of abonnementen, below {@link ZakenProperties#notificatiesApi()}. */
    static final String ABONNEMENT = "/abonnement";
    static final String KANAAL = "zaken";
    private static final String EIGEN = "zakenEigenAbonnement";
    private static final String OVERBODIG = "zakenOverbodigeAbonnementen";
    private static final Logger log = LoggerFactory.getLogger(NotificatiesAbonnerenRoute.class);
    /** While the zaaksysteem is unreachable, one warning per this many attempts (once a minute). */
    private static final int WAARSCHUW_ELKE = 12;
    static final long VERNIEUW_NA_MS = 60_000;

    private final ZakenProperties properties;
    private final Environment environment;
    private final ZgwToken token;
    private final AtomicInteger pogingen = new AtomicInteger();
    /** When the last subscription succeeded (epoch ms), 0 while there is none. */
    private final AtomicLong geabonneerdOp = new AtomicLong();

    NotificatiesAbonnerenRoute(ZakenProperties properties, Environment environment, ZgwToken token) {
        this.properties = properties;
        this.environment = environment;
        this.token = token;
    }

    @Override
    public void configure() {
        long timeoutMs = properties.timeout().toMillis();
        String opties = "?httpClientConfigurer=#" + ZakenApi.HTTP_CLIENT + "&connectTimeout=" + timeoutMs
                + "&responseTimeout=" + timeoutMs;
        String abonnementen = properties.notificatiesApi() + ABONNEMENT;
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
                    .process(e -> verzoek(e, "GET", null))
                    .to(abonnementen + opties)
                    .process(this::kies)
                    .choice()
                        .when(exchangeProperty(EIGEN).isNull())
                            .process(e -> verzoek(e, "POST", abonnement()))
                            .to(abonnementen + opties)
                        .otherwise()
                            .process(e -> verzoek(e, "PUT", abonnement()))
                            .toD(abonnementen + "/${exchangeProperty." + EIGEN + "}" + opties)
                    .end()
                    .split(exchangeProperty(OVERBODIG))
                        .setProperty(EIGEN, body())
                        .process(e -> verzoek(e, "DELETE", null))
                        .toD(abonnementen + "/${exchangeProperty." + EIGEN + "}" + opties)
                    .end()
                    .process(this::gelukt)
                .end();
    }

    /**
     * The next call's headers and body: nothing of the previous answer goes along, and every call carries a fresh
     * ZGW JWT.
     */
    private void verzoek(Exchange exchange, String methode, String body) {
        var bericht = exchange.getMessage();
        bericht.removeHeaders("*");
        bericht.setHeader(Exchange.HTTP_METHOD, methode);
        bericht.setHeader("Authorization", token.bearer());
        bericht.setHeader("Accept", "application/json");
        if (body != null) {
            bericht.setHeader(Exchange.CONTENT_TYPE, "application/json");
        }
        bericht.setBody(body);
    }

    /**
     * From the list of abonnementen: the uuid of the first one with our callback URL ({@value #EIGEN}, none: create
     * one) and those of any others with it ({@value #OVERBODIG}, to delete). Only uuids are kept: the calls go to
     * our configured Notificaties API, never to a URL the answer names.
     */
    void kies(Exchange exchange) throws IOException {
        JsonNode lijst = ZakenApi.JSON.readTree(exchange.getMessage().getBody(String.class));
        if (lijst.isObject() && lijst.has("results")) {
            lijst = lijst.get("results"); // a Notificaties API that pages its list
        }
        if (!lijst.isArray()) {
            throw new OnleesbaarAntwoord("GET " + ABONNEMENT + " answered with a body that is not a list", null);
        }
        String callbackUrl = callbackUrl();
        List<String> eigen = new ArrayList<>();
        for (JsonNode abonnement : lijst) {
            if (callbackUrl.equals(abonnement.path("callbackUrl").asText())) {
                uuid(abonnement.path("url").asText()).ifPresent(eigen::add);
            }
        }
        exchange.setProperty(EIGEN, eigen.isEmpty() ? null : eigen.get(0));
        exchange.setProperty(OVERBODIG, eigen.isEmpty() ? List.of() : List.copyOf(eigen.subList(1, eigen.size())));
    }

    private static Optional<String> uuid(String url) {
        String laatste = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        laatste = laatste.substring(laatste.lastIndexOf('/') + 1);
        try {
            return Optional.of(UUID.fromString(laatste).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code {"callbackUrl", "auth", "kanalen": [{"naam": "zaken", "filters": {"bronorganisatie": <rsin>}}, ...]}}:
     * one filter group per RSIN of our municipalities. The auth value is a credential and is never logged.
     */
    String abonnement() {
        ObjectNode body = ZakenApi.JSON.createObjectNode();
        body.put("callbackUrl", callbackUrl());
        body.put("auth", "Bearer " + properties.callbackSecret());
        var kanalen = body.putArray("kanalen");
        for (String rsin : new TreeSet<>(properties.rsins().values())) {
            ObjectNode kanaal = kanalen.addObject();
            kanaal.put("naam", KANAAL);
            kanaal.putObject("filters").put("bronorganisatie", rsin);
        }
        return body.toString();
    }

    /** The next tick renews the abonnement at once instead of within a minute (for tests). */
    void vernieuwBijVolgendeTik() {
        geabonneerdOp.set(0);
    }

    private void gelukt(Exchange exchange) {
        if (geabonneerdOp.getAndSet(System.currentTimeMillis()) == 0) {
            log.info("Subscribed to the notifications of the zaaksysteem at {}, callback {}",
                    properties.notificatiesApi(), callbackUrl());
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
                    properties.notificatiesApi(), poging, oorzaak == null ? "?" : oorzaak.getMessage());
        } else {
            log.debug("Subscribing to the zaaksysteem's notifications failed (attempt {})", poging);
        }
    }
}
