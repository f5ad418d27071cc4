package nl.midoffice.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

import jakarta.jms.TextMessage;

/**
 * A client of a broker over TCP, set up by {@link ArtemisClient}, while the broker stops and starts again: the
 * listener receives again, and the connection logs the loss and the return once each, whether Spring rebuilds the
 * connection (the default) or the Artemis client fails over by itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class HerverbindenIT {

    private static final String QUEUE = "test.herverbinden";

    private final List<String> ontvangen = new CopyOnWriteArrayList<>();
    private EmbeddedActiveMQ broker;
    private CachingConnectionFactory caching;
    private DefaultMessageListenerContainer listener;

    @AfterEach
    void stop() throws Exception {
        if (listener != null) {
            listener.shutdown();
        }
        if (caching != null) {
            caching.destroy();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void byDefaultSpringRebuildsTheConnectionAndItSaysSoOnce(CapturedOutput log) throws Exception {
        naEenHerstart(log, 0);
    }

    @Test
    void withItsOwnReconnectionTheClientKeepsItsConnectionAndItSaysSoOnce(CapturedOutput log) throws Exception {
        naEenHerstart(log, -1);
        assertThat(log.getAll()).as("the client reconnected itself; Spring did not have to rebuild the connection")
                .doesNotContain("resetting the underlying JMS Connection");
    }

    private void naEenHerstart(CapturedOutput log, int pogingen) throws Exception {
        int poort = vrijePoort();
        Path data = Files.createTempDirectory("herverbinden");
        broker = start(poort, data);
        var artemis = new ActiveMQConnectionFactory("tcp://localhost:" + poort);
        caching = (CachingConnectionFactory) new ArtemisClient(new HerverbindenProperties(pogingen, Duration.ofMillis(200)))
                .postProcessBeforeInitialization(new CachingConnectionFactory(artemis), "jmsConnectionFactory");
        caching.afterPropertiesSet();
        listener = new DefaultMessageListenerContainer();
        listener.setConnectionFactory(caching);
        listener.setDestinationName(QUEUE);
        listener.setSessionTransacted(true);
        listener.setRecoveryInterval(200);
        listener.setMessageListener((jakarta.jms.MessageListener) m -> {
            try {
                ontvangen.add(((TextMessage) m).getText());
            } catch (jakarta.jms.JMSException e) {
                throw new IllegalStateException(e);
            }
        });
        listener.afterPropertiesSet();
        listener.start();
        JmsTemplate jms = new JmsTemplate(new ActiveMQConnectionFactory("tcp://localhost:" + poort));
        jms.convertAndSend(QUEUE, "voor");
        await().atMost(Duration.ofSeconds(20)).until(() -> ontvangen.contains("voor"));

        // as a crash looks to a client: the connection breaks, no orderly goodbye
        broker.getActiveMQServer().fail(true);
        await().atMost(Duration.ofSeconds(10)).until(() -> log.getAll().contains(VerbindingsMelder.VERLOREN));
        broker = start(poort, data);
        jms.convertAndSend(QUEUE, "na");

        await().atMost(Duration.ofSeconds(20)).until(() -> ontvangen.contains("na"));
        await().atMost(Duration.ofSeconds(5)).until(() -> log.getAll().contains(VerbindingsMelder.HERSTELD));
        assertThat(aantal(log.getAll(), VerbindingsMelder.VERLOREN)).as("loss logged once").isEqualTo(1);
        assertThat(aantal(log.getAll(), VerbindingsMelder.HERSTELD)).as("return logged once").isEqualTo(1);
    }

    private static EmbeddedActiveMQ start(int poort, Path data) throws Exception {
        var configuration = new ConfigurationImpl().setSecurityEnabled(false).setPersistenceEnabled(true)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setLargeMessagesDirectory(data.resolve("large").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .addAcceptorConfiguration("tcp", "tcp://localhost:" + poort);
        var broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        return broker;
    }

    private static long aantal(String log, String fragment) {
        return log.lines().filter(r -> r.contains(fragment)).count();
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
