package nl.midoffice.midoffice.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code midoffice.cluster.leiderverkiezing=CAMEL} hands the election to whatever Camel cluster service the
 * application adds, as a Kubernetes deployment would add the lease one ({@code camel-kubernetes-cluster-service-
 * starter}): here Camel's file-lock service on a directory both instances share. No JDBC election is set up, and the
 * jobs still run on one instance and move when it stops.
 */
class AndereClusterServiceIT extends MeerdereInstanties {

    private static final String[] CAMEL = { "midoffice.cluster.leiderverkiezing=CAMEL",
            "midoffice.statuspolling.interval=200ms", "midoffice.herstel.interval=300ms" };
    private static Path gedeeld;

    /** What an application adds to elect with another service than the database. */
    @Configuration(proxyBeanMethods = false)
    static class BestandsslotCluster {
        @Bean
        CamelClusterService bestandsslot() {
            FileLockClusterService service = new FileLockClusterService();
            service.setRoot(gedeeld.toString());
            service.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
            service.setAcquireLockInterval(500, TimeUnit.MILLISECONDS);
            return service;
        }
    }

    @Test
    void anotherCamelClusterServiceChosenByConfigurationElectsTheJobs() throws Exception {
        gedeeld = Files.createTempDirectory("cluster-");
        Class<?>[] extra = { BestandsslotCluster.class };
        ConfigurableApplicationContext e = infra.instantie("e", extra, CAMEL);
        ConfigurableApplicationContext f = null;
        try {
            assertThat(e.getBeansOfType(JdbcClusterService.class)).as("no JDBC election under CAMEL").isEmpty();
            await().atMost(Duration.ofSeconds(30)).until(() -> voertAllesUit(e));
            f = infra.instantie("f", extra, CAMEL);
            ConfigurableApplicationContext volger = f;
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                    .until(() -> voertAllesUit(e) && voertNietsUit(volger));

            e.close();
            await().atMost(Duration.ofSeconds(20)).until(() -> voertAllesUit(volger));
        } finally {
            if (f != null) {
                f.close();
            }
            e.close();
        }
    }
}
