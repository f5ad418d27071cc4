package nl.midoffice.midoffice.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.artemis.autoconfigure.ArtemisAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import nl.midoffice.broker.BrokerSupportAutoConfiguration;
import nl.midoffice.contracts.Queues;

/**
 * The embedded broker, as the mid-office configures it (docker/broker.xml's security-settings through broker-support),
 * over its real TCP acceptor: nobody without a login gets in, and an adapter's login opens only what an adapter needs. A forged result from an unknown process is refused.
 */
class BrokerBeveiligingIT {

    private static final String MIDOFFICE_WACHTWOORD = "proef-midoffice-wachtwoord";
    private static final String ADAPTER_WACHTWOORD = "proef-adapter-wachtwoord";
    private static final String RESULTAAT = "{\"messageId\":\"vervalst\",\"aanvraagId\":\"00000000-0000-4000-8000-000000000001\","
            + "\"status\":\"AFGEHANDELD\"}";

    private final int poort = vrijePoort();
    private final ApplicationContextRunner midoffice = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ArtemisAutoConfiguration.class, JmsAutoConfiguration.class,
                    BrokerSupportAutoConfiguration.class))
            .withUserConfiguration(BrokerConfiguration.class, BrokerBeveiliging.class)
            .withPropertyValues("spring.artemis.mode=embedded", "spring.artemis.embedded.persistent=false",
                    "spring.artemis.embedded.server-id=42", "spring.artemis.user=midoffice",
                    "spring.artemis.password=" + MIDOFFICE_WACHTWOORD,
                    "midoffice.broker.adapter-wachtwoord=" + ADAPTER_WACHTWOORD,
                    "midoffice.broker.tcp-acceptor=tcp://localhost:" + poort,
                    "logging.level.org.apache.activemq.audit=WARN");

    @Test
    void withoutALoginNoProcessGetsIn() {
        midoffice.run(context -> {
            assertThatThrownBy(() -> tcp(null, null).createConnection()).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> new ActiveMQConnectionFactory("vm://42").createConnection())
                    .as("in-VM without a login").isInstanceOf(JMSSecurityException.class);
        });
    }

    @Test
    void aWrongPasswordCannotSendAForgedResult() {
        midoffice.run(context -> {
            assertThatThrownBy(() -> stuur(tcp("midoffice", "raden"), Queues.BACKOFFICE_RESULTATEN))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> stuur(tcp("adapter", MIDOFFICE_WACHTWOORD), Queues.BACKOFFICE_RESULTATEN))
                    .isInstanceOf(JMSSecurityException.class);
        });
    }

    @Test
    void anAdapterMaySendResultsAndConsumeCommandsOnly() {
        midoffice.run(context -> {
            // the result queues exist (the mid-office consumes them); an adapter may not create them
            ConnectionFactory eigen = context.getBean(ConnectionFactory.class);
            stuur(eigen, Queues.BACKOFFICE_RESULTATEN);
            stuur(eigen, Queues.PERSOONSGEGEVENS_RESULTATEN);
            // what an adapter needs
            stuur(tcp("adapter", ADAPTER_WACHTWOORD), Queues.BACKOFFICE_RESULTATEN);
            stuur(tcp("adapter", ADAPTER_WACHTWOORD), Queues.PERSOONSGEGEVENS_RESULTATEN);
            stuur(tcp("adapter", ADAPTER_WACHTWOORD), Queues.deadLetterQueueOf(Queues.BRP_PERSOON_OPVRAGEN));
            ontvang(tcp("adapter", ADAPTER_WACHTWOORD), Queues.BRP_PERSOON_OPVRAGEN);
            // and nothing else: no commands, no intake, no reading of results, no other dead letters
            for (String queue : new String[] {Queues.LEGACY_SUITE_ZAAK_REGISTREREN, Queues.AANVRAGEN_ONTVANGEN,
                    Queues.STATUS_GEWIJZIGD_TOPIC, Queues.deadLetterQueueOf(Queues.BACKOFFICE_RESULTATEN)}) {
                assertThatThrownBy(() -> stuur(tcp("adapter", ADAPTER_WACHTWOORD), queue)).as("send to " + queue)
                        .isInstanceOf(JMSSecurityException.class);
            }
            assertThatThrownBy(() -> ontvang(tcp("adapter", ADAPTER_WACHTWOORD), Queues.BACKOFFICE_RESULTATEN))
                    .isInstanceOf(JMSSecurityException.class);
        });
    }

    @Test
    void theMidofficeItselfLogsInOnItsOwnConnection() {
        midoffice.run(context -> {
            ConnectionFactory eigen = context.getBean(ConnectionFactory.class);
            stuur(eigen, Queues.BACKOFFICE_RESULTATEN);
            assertThat(ontvang(eigen, Queues.BACKOFFICE_RESULTATEN)).isEqualTo(RESULTAAT);
            stuur(tcp("midoffice", MIDOFFICE_WACHTWOORD), Queues.LEGACY_SUITE_ZAAK_REGISTREREN);
        });
    }

    @Test
    void withoutAnAdapterPasswordThereIsNoAdapterUser() {
        midoffice.withPropertyValues("midoffice.broker.adapter-wachtwoord=").run(context -> {
            stuur(context.getBean(ConnectionFactory.class), Queues.BACKOFFICE_RESULTATEN);
            for (String wachtwoord : new String[] {"", ADAPTER_WACHTWOORD}) {
                assertThatThrownBy(() -> stuur(tcp("adapter", wachtwoord), Queues.BACKOFFICE_RESULTATEN))
                        .isInstanceOf(JMSSecurityException.class);
            }
        });
    }

    private ConnectionFactory tcp(String gebruiker, String wachtwoord) {
        var factory = new ActiveMQConnectionFactory("tcp://localhost:" + poort + "?reconnectAttempts=0");
        factory.setUser(gebruiker);
        factory.setPassword(wachtwoord);
        return factory;
    }

    private static void stuur(ConnectionFactory factory, String queue) throws JMSException {
        try (Connection verbinding = factory.createConnection()) {
            Session sessie = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var bestemming = queue.equals(Queues.STATUS_GEWIJZIGD_TOPIC) ? sessie.createTopic(queue)
                    : sessie.createQueue(queue);
            sessie.createProducer(bestemming).send(sessie.createTextMessage(RESULTAAT));
        }
    }

    private static String ontvang(ConnectionFactory factory, String queue) throws JMSException {
        try (Connection verbinding = factory.createConnection()) {
            verbinding.start();
            Session sessie = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var bericht = sessie.createConsumer(sessie.createQueue(queue)).receive(2000);
            return bericht == null ? null : bericht.getBody(String.class);
        }
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
