package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.midoffice.contracts.Queues;

/**
 * Issue 13: the running broker of the chosen infrastructure (embedded, Testcontainers, standalone) requires a login,
 * and its adapter user (where the infrastructure has one) cannot forge what only the mid-office may send. Nothing is
 * sent that the stack would process: every attempt here is refused.
 */
@ExtendWith(StackExtension.class)
@Order(0)
class BrokerToegangIT {

    private static final String VERVALST = "{\"messageId\":\"vervalst\",\"status\":\"AFGEHANDELD\"}";

    @Test
    void withoutALoginOrWithAWrongPasswordNobodyGetsIn(TestStack stack) {
        var broker = stack.infrastructuur().broker();

        assertThatThrownBy(() -> stuur(broker.url(), null, null, Queues.BACKOFFICE_RESULTATEN))
                .isInstanceOf(ActiveMQSecurityException.class);
        assertThatThrownBy(() -> stuur(broker.url(), broker.user(), broker.password() + "x",
                Queues.BACKOFFICE_RESULTATEN)).isInstanceOf(ActiveMQSecurityException.class);
    }

    @Test
    void anAdapterCannotSendCommandsOrIntakeNorReadResults(TestStack stack) throws Exception {
        var adapter = stack.infrastructuur().adapter();
        assumeTrue(adapter.isPresent(), stack.infrastructuur().beschrijving() + " has no adapter user");
        var a = adapter.get();

        for (String queue : new String[] {Queues.AANVRAGEN_ONTVANGEN, Queues.LEGACY_SUITE_ZAAK_REGISTREREN}) {
            assertThatThrownBy(() -> stuur(a.url(), a.user(), a.password(), queue)).as("send to " + queue)
                    .isInstanceOf(ActiveMQSecurityException.class).hasMessageContaining("SEND");
        }
        try (ServerLocator locator = ActiveMQClient.createServerLocator(a.url());
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession sessie = factory.createSession(a.user(), a.password(), false, true, true, false, 1)) {
            assertThat(sessie.isClosed()).as("the adapter logs in").isFalse();
            assertThatThrownBy(() -> sessie.createConsumer(Queues.BACKOFFICE_RESULTATEN))
                    .isInstanceOf(ActiveMQSecurityException.class).hasMessageContaining("CONSUME");
        }
    }

    private static void stuur(String url, String gebruiker, String wachtwoord, String adres) throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(url);
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession sessie = factory.createSession(gebruiker, wachtwoord, false, true, true, false, 1)) {
            var bericht = sessie.createMessage(true);
            bericht.getBodyBuffer().writeString(VERVALST);
            sessie.createProducer(adres).send(bericht);
        }
    }
}
