package nl.midoffice.midoffice.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.jms.JmsConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

import nl.midoffice.midoffice.aanvraag.AanvraagIntake;

import tools.jackson.databind.json.JsonMapper;

/**
 * Queue consumers scale with the work: one per queue while nothing arrives (each idle consumer asks the broker once a
 * second, which is most of the stack's idle CPU), more while messages wait, up to the configured count, and back to
 * one when the queue is quiet again. Read from each route's Spring listener container, on an instance with the
 * mid-office's own routes and the zaken adapter's.
 */
class DynamischeConsumentenIT extends MeerdereInstanties {

    private static final int MIDOFFICE = 3;
    private static final int ZAKEN = 2;
    private static final int AANTAL = 300;
    private static final String ORCHESTRATIE = "midoffice.aanvraag-orchestreren";
    private static final String BSN = "999993653";

    @Test
    void everyQueueConsumerIdlesAtOneScalesUpUnderABurstAndBackDown() throws Exception {
        ConfigurableApplicationContext a = infra.instantie("a", "midoffice.consumers=" + MIDOFFICE,
                "midoffice.adapters.zaken.concurrent-consumers=" + ZAKEN);
        try {
            CamelContext camel = a.getBean(CamelContext.class);
            List<Route> wachtrijen = camel.getRoutes().stream().filter(DynamischeConsumentenIT::leestWachtrij).toList();
            assertThat(wachtrijen).extracting(Route::getRouteId).contains(ORCHESTRATIE,
                    "midoffice.backoffice-resultaten", "midoffice.persoonsgegevens-resultaten", "zaken.zaak-registreren");
            for (Route route : wachtrijen) {
                DefaultMessageListenerContainer container = container(camel, route.getRouteId());
                int maximum = route.getRouteId().startsWith("zaken.") ? ZAKEN : MIDOFFICE;
                assertThat(container.getConcurrentConsumers()).as("%s: consumers while idle", route.getRouteId())
                        .isEqualTo(1);
                assertThat(container.getMaxConcurrentConsumers()).as("%s: consumers under load", route.getRouteId())
                        .isEqualTo(maximum);
                assertThat(container.getIdleReceivesPerTaskLimit()).as("%s: an added consumer ends when idle",
                        route.getRouteId()).isEqualTo(10);
                assertThat(((JmsConsumer) route.getConsumer()).getEndpoint().getReceiveTimeout())
                        .as("%s: receive timeout", route.getRouteId()).isEqualTo(1000);
                await().atMost(Duration.ofMinutes(1)).until(() -> container.getScheduledConsumerCount() == 1);
            }

            // a burst: the orchestration's queue fills while its route is stopped, then the route takes it all
            camel.getRouteController().stopRoute(ORCHESTRATIE);
            AanvraagIntake intake = a.getBean(AanvraagIntake.class);
            var json = JsonMapper.builder().build();
            for (int i = 0; i < AANTAL; i++) {
                var body = json.readTree("""
                        {"product":"melding-openbare-ruimte","gemeente":"9001","aanvrager":{"bsn":"%s"},
                         "gegevens":{"categorie":"afval","omschrijving":"Zak %d","locatie":{"postcode":"1234AB","huisnummer":1}}}"""
                        .formatted(BSN, i));
                intake.dienIn(body, new AanvraagIntake.Namens(BSN, "consumenten"), null, UUID.randomUUID().toString());
            }
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            await().atMost(Duration.ofMinutes(1)).until(() -> jdbc.sql(
                    "select count(*) from outbox where gepubliceerd_op is null").query(Long.class).single() == 0);
            camel.getRouteController().startRoute(ORCHESTRATIE);

            DefaultMessageListenerContainer orchestratie = container(camel, ORCHESTRATIE);
            AtomicInteger hoogste = new AtomicInteger();
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20)).until(
                    () -> hoogste.accumulateAndGet(orchestratie.getScheduledConsumerCount(), Math::max) == MIDOFFICE);
            await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                    "select count(*) from aanvraag where client_id = 'consumenten' and stap = 'ZAAKREGISTRATIE'")
                    .query(Long.class).single() == AANTAL);
            System.out.printf("[consumenten] %s: %d consumers at most under a burst of %d%n", ORCHESTRATIE,
                    hoogste.get(), AANTAL);
            await().atMost(Duration.ofMinutes(1)).until(() -> orchestratie.getScheduledConsumerCount() == 1);
        } finally {
            a.close();
        }
    }

    private static boolean leestWachtrij(Route route) {
        return route.getConsumer() instanceof JmsConsumer jms && !jms.getEndpoint().isPubSubDomain();
    }

    private static DefaultMessageListenerContainer container(CamelContext camel, String routeId) throws Exception {
        return (DefaultMessageListenerContainer) ((JmsConsumer) camel.getRoute(routeId).getConsumer())
                .getListenerContainer();
    }
}
