package nl.midoffice.broker;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;

/**
 * The one source of the broker's settings: the repository's {@code docker/broker.xml}, which the Docker, standalone
 * and Testcontainers brokers load as their configuration and which this module carries as a resource. Read with
 * Artemis' own parser, so an embedded broker takes exactly what a standalone one would: no second copy of the
 * numbers in Java to drift from the XML.
 */
public final class BrokerXml {

    /** Where the build puts docker/broker.xml on the class path. */
    public static final String RESOURCE = "nl/midoffice/broker/broker.xml";

    private BrokerXml() {
    }

    /** The parsed broker.xml (with {@code ${...}} placeholders resolved as Artemis resolves them). */
    public static Configuration lees() {
        FileConfiguration configuration = new FileConfiguration();
        FileDeploymentManager deployment = new FileDeploymentManager(RESOURCE);
        deployment.addDeployable(configuration);
        try {
            deployment.readConfiguration();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + " (docker/broker.xml)", e);
        }
        return configuration;
    }
}
