package nl.midoffice.midoffice.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Two mid-office instances on one database and broker: each singleton job (status polling, resending, zaak
 * replication, the traffic generator, outbox pruning, the zaken subscription) runs on exactly one of them, the other
 * stays ready; when the one running them stops, or loses its database as if it died, the other takes them over within
 * seconds, and never do both run a job at once (checked on every exchange each instance's own Camel reports).
 */
class LeiderverkiezingIT extends MeerdereInstanties {

    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final String[] SNEL = { "midoffice.cluster.lease=" + LEASE.toSeconds() + "s",
            "midoffice.statuspolling.interval=200ms", "midoffice.herstel.interval=300ms" };

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theJobsMoveToTheOtherInstanceWhenTheirInstanceStops() throws Exception {
        Uitvoeringen uitvoeringen = new Uitvoeringen();
        ConfigurableApplicationContext a = infra.instantie("a", SNEL);
        uitvoeringen.volg("a", a);
        await().atMost(Duration.ofSeconds(30)).until(() -> voertAllesUit(a));
        ConfigurableApplicationContext b = infra.instantie("b", SNEL);
        try {
            uitvoeringen.volg("b", b);
            assertThat(gereed(b)).as("a follower is ready: its stopped jobs do not count against it").isTrue();
            await().during(LEASE.multipliedBy(2)).atMost(LEASE.multipliedBy(3))
                    .until(() -> voertAllesUit(a) && voertNietsUit(b));

            long stop = System.nanoTime();
            a.close();
            await().atMost(Duration.ofSeconds(15)).until(() -> voertAllesUit(b));
            System.out.printf("[cluster] after a stopped, b ran every singleton job within %d ms%n",
                    (System.nanoTime() - stop) / 1_000_000);

            for (String job : Uitvoeringen.JOBS) {
                await().atMost(Duration.ofSeconds(10)).until(() -> !uitvoeringen.van("b", job).isEmpty());
                assertThat(uitvoeringen.van("a", job)).as("%s ran on a first", job).isNotEmpty();
                assertThat(uitvoeringen.laatsteEinde("a", job)).as("%s: b started only after a had finished", job)
                        .isLessThan(uitvoeringen.eersteStart("b", job));
            }
        } finally {
            b.close();
        }
    }

    @Test
    void theJobsMoveWhenTheirInstanceLosesTheDatabaseOnceItsLeaseRunsOut() throws Exception {
        Uitvoeringen uitvoeringen = new Uitvoeringen();
        ConfigurableApplicationContext c = infra.instantie("c", SNEL);
        uitvoeringen.volg("c", c);
        await().atMost(Duration.ofSeconds(30)).until(() -> voertAllesUit(c));
        ConfigurableApplicationContext d = infra.instantie("d", SNEL);
        try {
            uitvoeringen.volg("d", d);
            await().during(LEASE).atMost(LEASE.multipliedBy(2)).until(() -> voertNietsUit(d));

            long weg = System.nanoTime();
            // like a crash or a network split: c can no longer renew its locks, nor delete them
            ((HikariDataSource) c.getBean(DataSource.class)).close();
            await().atMost(Duration.ofSeconds(20)).until(() -> voertAllesUit(d));
            long overname = (System.nanoTime() - weg) / 1_000_000;
            System.out.printf("[cluster] after c lost its database, d ran every singleton job within %d ms%n", overname);
            assertThat(voertNietsUit(c)).as("c stopped its jobs when it could not renew").isTrue();

            for (String job : Uitvoeringen.JOBS) {
                await().atMost(Duration.ofSeconds(10)).until(() -> !uitvoeringen.van("d", job).isEmpty());
                assertThat(uitvoeringen.laatsteEinde("c", job)).as("%s: d started only after c had finished", job)
                        .isLessThan(uitvoeringen.eersteStart("d", job));
            }
        } finally {
            d.close();
            c.close();
        }
    }

    private boolean gereed(ConfigurableApplicationContext instantie) throws Exception {
        String poort = instantie.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + poort + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        return antwoord.statusCode() == 200 && antwoord.body().contains("UP");
    }
}
