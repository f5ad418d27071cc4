package nl.midoffice.midoffice.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.activemq.ArtemisContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.midoffice.midoffice.MidofficeApplication;
import nl.midoffice.midoffice.TestInfrastructure;

/**
 * A PostgreSQL and an Artemis broker that outlive every mid-office instance of a test, so that instances can stop
 * and start around them: containers with Docker, else an embedded PostgreSQL (zonky) and an embedded Artemis with a
 * TCP acceptor, started by the test itself (an instance's own embedded servers would die with it). Each
 * {@link #instantie} is a full mid-office application context in this JVM, as a separate process would run it.
 */
final class GedeeldeInfrastructuur implements AutoCloseable {

    private final List<AutoCloseable> servers = new ArrayList<>();
    private final List<String> verbinding = new ArrayList<>();

    static GedeeldeInfrastructuur start() throws Exception {
        GedeeldeInfrastructuur infra = new GedeeldeInfrastructuur();
        if (TestInfrastructure.DOCKER) {
            var postgres = new PostgreSQLContainer("postgres:16-alpine");
            var artemis = new ArtemisContainer("apache/activemq-artemis:2.43.0-alpine");
            postgres.start();
            artemis.start();
            infra.servers.add(postgres);
            infra.servers.add(artemis);
            infra.verbinding.addAll(List.of("spring.datasource.url=" + postgres.getJdbcUrl(),
                    "spring.datasource.username=" + postgres.getUsername(),
                    "spring.datasource.password=" + postgres.getPassword(),
                    "spring.artemis.broker-url=" + artemis.getBrokerUrl(),
                    "spring.artemis.user=" + artemis.getUser(), "spring.artemis.password=" + artemis.getPassword()));
        } else {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            infra.servers.add(postgres);
            int poort = vrijePoort();
            EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                    .setPersistenceEnabled(false).setSecurityEnabled(false)
                    .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + poort));
            broker.start();
            infra.servers.add(broker::stop);
            infra.verbinding.addAll(List.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres", "spring.datasource.password=postgres",
                    "spring.artemis.broker-url=tcp://127.0.0.1:" + poort));
        }
        return infra;
    }

    /**
     * A mid-office instance named {@code naam} on this infrastructure: the legacy-suite, brp and vergunningen
     * adapters off (tests play those back offices on their queues), the zaken adapter on against a closed port (its
     * subscription job runs, and fails quietly).
     */
    ConfigurableApplicationContext instantie(String naam, String... eigenschappen) {
        return instantie(naam, new Class<?>[0], eigenschappen);
    }

    /** The same, with beans of {@code extra} configuration classes added, as an application would add its own. */
    ConfigurableApplicationContext instantie(String naam, Class<?>[] extra, String... eigenschappen) {
        List<String> alle = new ArrayList<>(verbinding);
        alle.addAll(List.of("server.port=0", "spring.artemis.mode=native", "spring.artemis.embedded.enabled=false",
                "midoffice.broker.tcp-acceptor=", "midoffice.cluster.instantie=" + naam,
                "midoffice.adapters.legacy-suite.enabled=false", "midoffice.adapters.brp.enabled=false",
                "midoffice.adapters.vergunningen.enabled=false", "midoffice.adapters.zaken.url=http://127.0.0.1:9",
                "midoffice.aflevering.redelivery-delay=50ms", "spring.main.banner-mode=off"));
        alle.addAll(List.of(eigenschappen));
        // as command-line arguments: above application.yaml, as for a process; the demo profile gives the
        // published demo secrets, as the launcher does
        return new SpringApplicationBuilder(MidofficeApplication.class).sources(extra).profiles("demo")
                .run(alle.stream().map(e -> "--" + e).toArray(String[]::new));
    }

    @Override
    public void close() throws Exception {
        for (int i = servers.size() - 1; i >= 0; i--) {
            servers.get(i).close();
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
