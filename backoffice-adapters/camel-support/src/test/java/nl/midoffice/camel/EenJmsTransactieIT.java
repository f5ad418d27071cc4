package nl.midoffice.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jms.connection.CachingConnectionFactory;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Session;

/**
 * The root cause of the loss CrashIT saw after a SIGKILL: a transacted consumer received on one session and sent on
 * another, committed one after the other. These tests watch the real sessions under Spring's caching connection
 * factory (as the apps use it) on a real in-VM Artemis, and show that with {@link EenJmsTransactie} a message and what
 * the route sends because of it are committed by one commit of one session, and rolled back together.
 */
class EenJmsTransactieIT {

    private EmbeddedActiveMQ broker;
    private ActiveMQConnectionFactory artemis;
    private CachingConnectionFactory caching;
    private CamelContext camel;
    private final List<SessieGebruik> sessies = new CopyOnWriteArrayList<>();
    private final AtomicInteger mislukken = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
                .setSecurityEnabled(false).addAcceptorConfiguration("invm", "vm://0"));
        broker.start();
        artemis = new ActiveMQConnectionFactory("vm://0?consumerWindowSize=0");
        caching = new CachingConnectionFactory(gevolgd(artemis));
        JmsComponent jms = JmsComponent.jmsComponent(caching);
        EenJmsTransactie.toepassen(jms);
        camel = new DefaultCamelContext();
        camel.addComponent("jms", jms);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jms:queue:opdrachten?transacted=true").routeId("test.doorgeven")
                        .to("jms:queue:resultaten")
                        .process(e -> {
                            if (mislukken.getAndDecrement() > 0) {
                                throw new IllegalStateException("fails after its send");
                            }
                        });
            }
        });
        camel.start();
    }

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        caching.destroy();
        artemis.close();
        broker.stop();
    }

    @Test
    void receivingAndSendingAreCommittedByOneCommitOfOneSession() {
        stuur("opdracht-1");

        assertThat(ontvang("resultaten")).isEqualTo("opdracht-1");
        await().atMost(Duration.ofSeconds(5)).until(() -> sessies.stream().anyMatch(s -> s.commits.get() > 0));
        List<SessieGebruik> gecommit = sessies.stream().filter(s -> s.commits.get() > 0).toList();
        assertThat(gecommit).as("sessions that committed").hasSize(1);
        assertThat(gecommit.get(0).consumer).as("it received the message").isTrue();
        assertThat(gecommit.get(0).producer).as("it sent the result").isTrue();
        assertThat(gecommit.get(0).commits.get()).as("commits for one message").isEqualTo(1);
    }

    @Test
    void aFailureAfterTheSendSendsNothingAndTheMessageIsDeliveredAgain() {
        mislukken.set(1);
        stuur("opdracht-2");

        // the first delivery fails after sending: its send is rolled back with it; the second delivery succeeds
        assertThat(ontvang("resultaten")).isEqualTo("opdracht-2");
        assertThat(ontvangBinnen("resultaten", Duration.ofMillis(500))).as("no copy from the failed delivery").isNull();
        assertThat(ontvangBinnen("opdrachten", Duration.ofMillis(200))).as("nothing left on the queue").isNull();
    }

    private void stuur(String tekst) {
        try (JMSContext context = artemis.createContext()) {
            context.createProducer().send(context.createQueue("opdrachten"), tekst);
        }
    }

    private String ontvang(String queue) {
        String tekst = ontvangBinnen(queue, Duration.ofSeconds(10));
        assertThat(tekst).as("a message on " + queue).isNotNull();
        return tekst;
    }

    private String ontvangBinnen(String queue, Duration wachttijd) {
        try (JMSContext context = artemis.createContext()) {
            return context.createConsumer(context.createQueue(queue)).receiveBody(String.class, wachttijd.toMillis());
        }
    }

    /** What the apps' code did with one real JMS session. */
    static final class SessieGebruik {
        volatile boolean consumer;
        volatile boolean producer;
        final AtomicInteger commits = new AtomicInteger();
    }

    /** The connection factory, its connections and sessions, with every session's use recorded. */
    private ConnectionFactory gevolgd(ConnectionFactory echt) {
        return proxy(ConnectionFactory.class, echt, (methode, resultaat) -> resultaat instanceof Connection c
                ? proxy(Connection.class, c, (m, r) -> r instanceof Session s ? gevolgd(s) : r)
                : resultaat);
    }

    private Session gevolgd(Session sessie) {
        SessieGebruik gebruik = new SessieGebruik();
        sessies.add(gebruik);
        return proxy(Session.class, sessie, (methode, resultaat) -> {
            switch (methode) {
                case "createConsumer" -> gebruik.consumer = true;
                case "createProducer" -> gebruik.producer = true;
                case "commit" -> gebruik.commits.incrementAndGet();
                default -> {
                }
            }
            return resultaat;
        });
    }

    private interface NaAanroep {
        Object na(String methode, Object resultaat);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T doel, NaAanroep na) {
        InvocationHandler handler = (p, methode, args) -> {
            try {
                return na.na(methode.getName(), methode.invoke(doel, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(EenJmsTransactieIT.class.getClassLoader(), new Class<?>[] { type }, handler);
    }
}
