package nl.midoffice.midoffice;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.activemq.ArtemisContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

import nl.midoffice.broker.BrokerXml;

/**
 * One suite, two infrastructures: with Docker, a PostgreSQL and an Artemis container (as
 * {@code @ServiceConnection}s); without it, the mid-office's own embedded PostgreSQL and Artemis.
 * Either way real servers, and the output says which ran.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    /** Testcontainers where Docker runs, unless the one switch of the stack tests says embedded. */
    public static final boolean DOCKER = !"embedded".equalsIgnoreCase(System.getProperty("stack.infra",
            System.getenv("STACK_INFRA") == null ? "" : System.getenv("STACK_INFRA"))) && dockerAvailable();

    static {
        System.out.println("[midoffice tests] infrastructure: " + (DOCKER
                ? "Testcontainers (PostgreSQL 16, Artemis 2.43 with docker/broker.xml) via @ServiceConnection"
                : "embedded PostgreSQL (zonky) + embedded Artemis (docker/broker.xml's address settings)"));
    }

    /** Call from a test's {@code @DynamicPropertySource}: switches the embedded servers off under Docker. */
    public static void properties(DynamicPropertyRegistry registry) {
        if (DOCKER) {
            registry.add("midoffice.embedded-postgres.enabled", () -> "false");
            registry.add("spring.artemis.embedded.enabled", () -> "false");
            registry.add("spring.artemis.mode", () -> "native");
        } else {
            registry.add("midoffice.embedded-postgres.data-directory", () -> "");
            registry.add("spring.artemis.embedded.persistent", () -> "false");
        }
        registry.add("midoffice.broker.tcp-acceptor", () -> "");
    }

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:16-alpine");
    }

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    ArtemisContainer artemis() {
        // the one source of the broker settings, as broker-support carries it; the image copies etc-override over etc
        return new ArtemisContainer("apache/activemq-artemis:2.43.0-alpine").withCopyToContainer(
                MountableFile.forClasspathResource(BrokerXml.RESOURCE),
                "/var/lib/artemis-instance/etc-override/broker.xml");
    }

    static class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DOCKER;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
