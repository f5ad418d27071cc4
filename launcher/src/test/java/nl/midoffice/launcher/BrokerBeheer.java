package nl.midoffice.launcher;

import java.util.Map;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

import tools.jackson.databind.json.JsonMapper;

/** A running broker's management API over its own protocol, as Artemis' CLI and console use it. */
final class BrokerBeheer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BrokerBeheer() {
    }

    /** The address settings the broker applies to an address (all matches merged), as it reports them. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> adresInstellingen(Infrastructuur.BrokerAdres broker, String adres) throws Exception {
        return JSON.readValue(vraag(broker, "getAddressSettingsAsJSON", adres), Map.class);
    }

    private static String vraag(Infrastructuur.BrokerAdres broker, String operatie, Object... parameters)
            throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(broker.url());
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession sessie = factory.createSession(broker.user(), broker.password(), false, true, true,
                        false, 1);
                ClientRequestor requestor = new ClientRequestor(sessie, "activemq.management")) {
            sessie.start();
            ClientMessage bericht = sessie.createMessage(false);
            ManagementHelper.putOperationInvocation(bericht, ResourceNames.BROKER, operatie, parameters);
            ClientMessage antwoord = requestor.request(bericht, 10_000);
            if (antwoord == null || !ManagementHelper.hasOperationSucceeded(antwoord)) {
                throw new IllegalStateException(operatie + " failed: "
                        + (antwoord == null ? "no answer" : ManagementHelper.getResult(antwoord)));
            }
            return (String) ManagementHelper.getResult(antwoord, String.class);
        }
    }
}
