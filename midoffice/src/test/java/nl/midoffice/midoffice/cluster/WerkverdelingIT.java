package nl.midoffice.midoffice.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.aanvraag.AanvraagIntake;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances on one broker each take a share of every queue: 300 aanvragen submitted at one instance are
 * orchestrated by both, and their 300 registrations are applied by both. Counted per instance by its own route timer
 * ({@code midoffice_route_seconds_count{route}}).
 */
class WerkverdelingIT extends MeerdereInstanties {

    private static final int AANTAL = 300;
    private static final String BSN = "999993653";


    @Test
    void everyInstanceTakesAShareOfEveryQueue() throws Exception {
        ConfigurableApplicationContext a = infra.instantie("a");
        ConfigurableApplicationContext b = infra.instantie("b");
        try {
            AanvraagIntake intake = a.getBean(AanvraagIntake.class);
            var json = JsonMapper.builder().build();
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < AANTAL; i++) {
                var body = json.readTree("""
                        {"product":"melding-openbare-ruimte","gemeente":"9001","aanvrager":{"bsn":"%s"},
                         "gegevens":{"categorie":"afval","omschrijving":"Zak %d","locatie":{"postcode":"1234AB","huisnummer":1}}}"""
                        .formatted(BSN, i));
                ids.add(intake.dienIn(body, new AanvraagIntake.Namens(BSN, "werkverdeling"), null,
                        UUID.randomUUID().toString()).id());
            }
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                    "select count(*) from aanvraag where client_id = 'werkverdeling' and stap = 'ZAAKREGISTRATIE'")
                    .query(Long.class).single() == AANTAL);

            JmsTemplate jms = a.getBean(JmsTemplate.class);
            for (UUID id : ids) {
                jms.convertAndSend(Queues.BACKOFFICE_RESULTATEN, """
                        {"messageId":"%s","correlationId":"c","aanvraagId":"%s","systeem":"legacy-suite",
                         "capability":"ZAAKREGISTRATIE","status":"GEREGISTREERD","zaakIdentificatie":"Z","reden":null,
                         "tijdstip":"%s","schaduw":false}""".formatted(UUID.randomUUID(), id, Instant.now()));
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                    "select count(*) from aanvraag where client_id = 'werkverdeling' and status = 'GEREGISTREERD'")
                    .query(Long.class).single() == AANTAL);

            for (String route : List.of("midoffice.aanvraag-orchestreren", "midoffice.backoffice-resultaten")) {
                long vanA = verwerkt(a, route);
                long vanB = verwerkt(b, route);
                System.out.printf("[werkverdeling] %s: a %d, b %d of %d%n", route, vanA, vanB, AANTAL);
                assertThat(vanA + vanB).as(route).isGreaterThanOrEqualTo(AANTAL);
                assertThat(vanA).as("a's share of %s", route).isGreaterThanOrEqualTo(AANTAL / 4);
                assertThat(vanB).as("b's share of %s, though a received every aanvraag", route)
                        .isGreaterThanOrEqualTo(AANTAL / 4);
            }
        } finally {
            b.close();
            a.close();
        }
    }

    private static long verwerkt(ConfigurableApplicationContext instantie, String route) {
        return instantie.getBean(MeterRegistry.class).find("midoffice.route").tag("route", route).timers().stream()
                .mapToLong(Timer::count).sum();
    }
}
