package nl.midoffice.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.testcontainers.activemq.ArtemisContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.postgresql.PostgreSQLContainer;

import nl.midoffice.broker.BrokerXml;

/**
 * PostgreSQL and Artemis in Testcontainers. The broker gets the repository's broker.xml and the tests' overrides
 * as etc/broker.properties: the image copies its etc-override directory over etc/ when it creates the instance.
 */
final class ContainerInfrastructuur implements Infrastructuur {

    private static final String ETC_OVERRIDE = "/var/lib/artemis-instance/etc-override/";

    private final PostgreSQLContainer postgres;
    private final ArtemisContainer artemis;

    private ContainerInfrastructuur(PostgreSQLContainer postgres, ArtemisContainer artemis) {
        this.postgres = postgres;
        this.artemis = artemis;
    }

    static ContainerInfrastructuur start(BrokerOverrides overrides) throws IOException {
        var postgres = new PostgreSQLContainer("postgres:16-alpine");
        var artemis = new ArtemisContainer("apache/activemq-artemis:2.43.0-alpine")
                .withCopyToContainer(Transferable.of(brokerXml()), ETC_OVERRIDE + "broker.xml")
                .withCopyToContainer(Transferable.of(overrides.alsBrokerProperties()), ETC_OVERRIDE + "broker.properties");
        postgres.start();
        artemis.start();
        return new ContainerInfrastructuur(postgres, artemis);
    }

    /** docker/broker.xml as broker-support carries it. */
    static byte[] brokerXml() throws IOException {
        try (InputStream in = BrokerXml.class.getClassLoader().getResourceAsStream(BrokerXml.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(BrokerXml.RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    @Override
    public String beschrijving() {
        return "Testcontainers PostgreSQL 16 + Artemis 2.43 (docker/broker.xml)";
    }

    @Override
    public List<String> midofficeArgumenten() {
        return List.of("--spring.datasource.url=" + postgres.getJdbcUrl(),
                "--spring.datasource.username=" + postgres.getUsername(),
                "--spring.datasource.password=" + postgres.getPassword(),
                "--midoffice.embedded-postgres.enabled=false",
                "--spring.artemis.mode=native", "--spring.artemis.embedded.enabled=false",
                "--spring.artemis.broker-url=" + artemis.getBrokerUrl(),
                "--spring.artemis.user=" + artemis.getUser(), "--spring.artemis.password=" + artemis.getPassword());
    }

    @Override
    public BrokerAdres broker() {
        return new BrokerAdres(artemis.getBrokerUrl(), artemis.getUser(), artemis.getPassword());
    }

    @Override
    public void close() {
        artemis.close();
        postgres.close();
    }
}
