package nl.midoffice.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Queues;

/**
 * {@link EenmaalGevraagd} under {@link BetrouwbareAflevering} on a real Camel context, each copy of a question sent as
 * the JMS consumer would hand it over (its JMS message id and delivery count as headers). The first copy is held in
 * the system with a latch, so the order of events is fixed: the broker's redelivery of a message whose first try
 * still hangs (the loss the chaos run found), a second copy while the first is asked, a first copy that fails.
 */
class EenmaalGevraagdTest {

    private static final String MESSAGE_ID = "vraag-1";

    private final AtomicInteger gevraagd = new AtomicInteger();
    /** The JMS messages that reached the system, once per try (an in-process retry is a try). */
    private final List<String> gevraagdDoor = new CopyOnWriteArrayList<>();
    private final CountDownLatch eersteGevraagd = new CountDownLatch(1);
    private final CountDownLatch loslaten = new CountDownLatch(1);
    private CamelContext camel;
    private MockEndpoint antwoorden;
    private MockEndpoint vertraagd;

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.addComponent(VertraagdMelder.COMPONENT, new MockComponent());
        camel.addComponent("jms", new MockComponent());
        var melder = new VertraagdMelder(camel.createProducerTemplate(), CamelSupportAutoConfiguration.berichtenJson());
        camel.addRoutes(new BetrouwbareAflevering(new AfleveringProperties(1, Duration.ofMillis(1), 30), melder));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:vraag").routeId("test.vraag")
                        .routeConfigurationId(BetrouwbareAflevering.ID)
                        .setProperty(VertraagdMelder.BETREFT, constant(new VertraagdMelder.Betreft("aanvraag-1",
                                "corr-1", "brp", Capability.PERSOONSGEGEVENS, false)))
                        .process(new EenmaalGevraagd(header("messageId"), 100))
                        .process(e -> {
                            gevraagd.incrementAndGet();
                            gevraagdDoor.add(e.getMessage().getHeader("JMSMessageID", String.class));
                            if (e.getMessage().getHeader("vasthouden", false, Boolean.class)) {
                                eersteGevraagd.countDown();
                                assertThat(loslaten.await(10, TimeUnit.SECONDS)).isTrue();
                            }
                            if (e.getMessage().getHeader("mislukt", false, Boolean.class)) {
                                throw new IllegalStateException("session is closed");
                            }
                        })
                        .to("mock:antwoord");
            }
        });
        camel.start();
        antwoorden = camel.getEndpoint("mock:antwoord", MockEndpoint.class);
        vertraagd = camel.getEndpoint(VertraagdMelder.COMPONENT + ":queue:" + Queues.BACKOFFICE_RESULTATEN,
                MockEndpoint.class);
    }

    @AfterEach
    void stop() {
        loslaten.countDown();
        camel.stop();
    }

    @Test
    void aCopyArrivingWhileTheFirstIsAskedIsHandedBackAndAcknowledgedOnceTheFirstAnswered() throws Exception {
        var eerste = vasthouden("ID:A", 1, false);

        assertThatThrownBy(() -> kopie("ID:B", 1)).as("handed back to the broker: the transaction rolls back")
                .isInstanceOf(CamelExecutionException.class).hasRootCauseInstanceOf(EenmaalGevraagd.NogInBehandeling.class);
        loslaten.countDown();
        eerste.get(10, TimeUnit.SECONDS);
        kopie("ID:B", 2);

        assertThat(gevraagd).as("times the system was asked").hasValue(1);
        assertThat(antwoorden.getReceivedCounter()).as("answers published").isEqualTo(1);
        assertThat(vertraagd.getReceivedCounter()).as("VERTRAAGD reports: nothing is wrong with the system").isZero();
    }

    @Test
    void theBrokersRedeliveryWhileTheFirstTryHangsOnItsDeadSessionIsAnswered() throws Exception {
        var eerste = vasthouden("ID:A", 1, true);

        kopie("ID:A", 2);
        loslaten.countDown();
        assertThatThrownBy(() -> eerste.get(10, TimeUnit.SECONDS)).as("the first try fails after all")
                .hasRootCauseMessage("session is closed");
        kopie("ID:B", 1);

        assertThat(antwoorden.getReceivedCounter()).as("answers published (by the redelivery)").isEqualTo(1);
        assertThat(gevraagdDoor).as("asked by the first try (and its retry in process) and the redelivery; the later"
                + " copy B is a duplicate").containsOnly("ID:A").contains("ID:A").doesNotContain("ID:B");
    }

    @Test
    void aCopyWaitingForAFirstThatFailsAsksItself() throws Exception {
        var eerste = vasthouden("ID:A", 1, true);

        assertThatThrownBy(() -> kopie("ID:B", 1)).hasRootCauseInstanceOf(EenmaalGevraagd.NogInBehandeling.class);
        loslaten.countDown();
        assertThatThrownBy(() -> eerste.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("session is closed");
        kopie("ID:B", 2);

        assertThat(antwoorden.getReceivedCounter()).as("answers published (by B)").isEqualTo(1);
    }

    @Test
    void aRedeliveryOfTheAnsweredMessageItselfIsAskedAgainBecauseItsCommitFailed() throws Exception {
        kopie("ID:A", 1);
        kopie("ID:A", 2);
        kopie("ID:B", 1);

        assertThat(gevraagd).as("A twice (the broker redelivers only what was not acknowledged), B not").hasValue(2);
        assertThat(antwoorden.getReceivedCounter()).isEqualTo(2);
    }

    /** Sends the first copy on a thread of its own and waits until it is held in the system. */
    private CompletableFuture<Object> vasthouden(String jmsMessageId, int aflevering, boolean mislukt)
            throws InterruptedException {
        Map<String, Object> headers = headers(jmsMessageId, aflevering);
        headers.put("vasthouden", true);
        headers.put("mislukt", mislukt);
        var eerste = camel.createProducerTemplate().asyncRequestBodyAndHeaders("direct:vraag", "{}", headers);
        assertThat(eersteGevraagd.await(10, TimeUnit.SECONDS)).as("first copy reached the system").isTrue();
        return eerste;
    }

    private void kopie(String jmsMessageId, int aflevering) {
        camel.createProducerTemplate().sendBodyAndHeaders("direct:vraag", "{}", headers(jmsMessageId, aflevering));
    }

    private static Map<String, Object> headers(String jmsMessageId, int aflevering) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("messageId", MESSAGE_ID);
        headers.put("JMSMessageID", jmsMessageId);
        headers.put("JMSXDeliveryCount", aflevering);
        return headers;
    }
}
