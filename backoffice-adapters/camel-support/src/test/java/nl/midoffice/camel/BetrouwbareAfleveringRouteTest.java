package nl.midoffice.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Queues;

/**
 * The shared route configuration on a real Camel context: a failing delivery is retried in process, handed
 * back (the exception reaches the consumer, which rolls back), and reports VERTRAAGD exactly once per delivery.
 * With {@link Opdrachtroute#aanroep}: the system's endpoint inside the circuitBreaker() EIP is retried as a whole
 * (endpoint and reading of the answer), counts for the breaker; with the breaker open the system is not called.
 */
class BetrouwbareAfleveringRouteTest {

    private final java.util.concurrent.atomic.AtomicInteger pogingen = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger onleesbaarPogingen =
            new java.util.concurrent.atomic.AtomicInteger();
    private CamelContext camel;
    private MockEndpoint vertraagd;
    private MockEndpoint systeem;
    private final CircuitBreaker breaker = Stroomonderbreker.voor(CircuitBreakerRegistry.ofDefaults(),
            StroomonderbrekerProperties.standaard(), "test");

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        // stand in for the JMS components: outside the transaction (VERTRAAGD) and the one that parks dead letters
        camel.addComponent(VertraagdMelder.COMPONENT, new MockComponent());
        camel.addComponent("jms", new MockComponent());
        camel.getRegistry().bind("testCircuitBreaker", breaker);
        var melder = new VertraagdMelder(camel.createProducerTemplate(), CamelSupportAutoConfiguration.berichtenJson());
        camel.addRoutes(new BetrouwbareAflevering(new AfleveringProperties(2, Duration.ofMillis(1), 30), melder));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:aflevering").routeId("test.aflevering")
                        .routeConfigurationId(BetrouwbareAflevering.ID)
                        .setProperty(VertraagdMelder.BETREFT,
                                constant(new VertraagdMelder.Betreft("aanvraag-1", "corr-1", "legacy-suite", Capability.ZAAKREGISTRATIE, false)))
                        .process(e -> {
                            throw new IllegalStateException("back office answered 503");
                        });
                from("direct:onbereikbaar").routeId("test.onbereikbaar")
                        .routeConfigurationId(BetrouwbareAflevering.ID)
                        .setProperty(VertraagdMelder.BETREFT,
                                constant(new VertraagdMelder.Betreft("aanvraag-2", "corr-2", "legacy-suite", Capability.ZAAKREGISTRATIE, false)))
                        .process(e -> pogingen.incrementAndGet())
                        .process(e -> {
                            throw new BackofficeOnbereikbaar("circuit open", null);
                        });
                from("direct:onleesbaar").routeId("test.onleesbaar")
                        .routeConfigurationId(BetrouwbareAflevering.ID)
                        .process(e -> {
                            // counted here: an in-process redelivery repeats this step
                            onleesbaarPogingen.incrementAndGet();
                            throw new OnverwerkbaarBericht("unknown aanvraag");
                        })
                        .to("mock:verwerkt");
                var opdracht = from("direct:opdracht").routeId("test.opdracht")
                        .routeConfigurationId(BetrouwbareAflevering.ID)
                        .setProperty(VertraagdMelder.BETREFT, constant(new VertraagdMelder.Betreft("aanvraag-3",
                                "corr-3", "test", Capability.ZAAKREGISTRATIE, false)));
                Opdrachtroute.aanroep(opdracht, "testCircuitBreaker", "mock:systeem", e -> {
                    throw new IllegalStateException("system answered 503");
                });
            }
        });
        camel.start();
        systeem = camel.getEndpoint("mock:systeem", MockEndpoint.class);
        vertraagd = camel.getEndpoint(VertraagdMelder.COMPONENT + ":queue:" + Queues.BACKOFFICE_RESULTATEN,
                MockEndpoint.class);
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aFailingDeliveryIsRetriedHandedBackAndReportsVertraagdOnce() throws Exception {
        vertraagd.expectedMessageCount(1);

        assertThatThrownBy(() -> camel.createProducerTemplate().sendBodyAndHeaders("direct:aflevering", "{}",
                Map.of("JMSXDeliveryCount", 1)))
                .isInstanceOf(CamelExecutionException.class).hasRootCauseMessage("back office answered 503");

        vertraagd.assertIsSatisfied();
        String melding = vertraagd.getExchanges().get(0).getMessage().getBody(String.class);
        assertThat(melding).contains("\"status\":\"VERTRAAGD\"").contains("\"aanvraagId\":\"aanvraag-1\"")
                .contains("\"correlationId\":\"corr-1\"");
    }

    @Test
    void theNextDeliveryReportsAgainAndTheReceiverAppliesItOnlyOnce() throws Exception {
        vertraagd.expectedMessageCount(2);

        for (int aflevering = 1; aflevering <= 2; aflevering++) {
            int nummer = aflevering;
            assertThatThrownBy(() -> camel.createProducerTemplate().sendBodyAndHeaders("direct:aflevering", "{}",
                    Map.of("JMSXDeliveryCount", nummer))).isInstanceOf(CamelExecutionException.class);
        }

        vertraagd.assertIsSatisfied();
    }

    @Test
    void aBackOfficeKnownToBeDownIsNotRetriedInProcessButReportedVertraagd() throws Exception {
        vertraagd.expectedMessageCount(1);

        assertThatThrownBy(() -> camel.createProducerTemplate().sendBodyAndHeaders("direct:onbereikbaar", "{}",
                Map.of("JMSXDeliveryCount", 3))).isInstanceOf(CamelExecutionException.class);

        vertraagd.assertIsSatisfied();
        assertThat(pogingen).hasValue(1);
    }

    @Test
    void aPoisonMessageIsParkedAtOnceWithItsReasonAndReportsNothing() throws Exception {
        vertraagd.expectedMessageCount(0);
        MockEndpoint verwerkt = camel.getEndpoint("mock:verwerkt", MockEndpoint.class);
        verwerkt.expectedMessageCount(0);
        // explicitly to DLQ.<queue it came from>; a direct: endpoint is no queue, so its origin reads "onbekend"
        MockEndpoint deadLetters = camel.getEndpoint("jms:queue:" + Queues.deadLetterQueueOf("onbekend"),
                MockEndpoint.class);
        deadLetters.expectedMessageCount(1);
        deadLetters.expectedBodiesReceived("{\"origineel\":true}");

        // handled: the consumer commits, so the move to the dead-letter queue is final
        camel.createProducerTemplate().sendBody("direct:onleesbaar", "{\"origineel\":true}");

        deadLetters.assertIsSatisfied();
        var geparkeerd = deadLetters.getExchanges().get(0).getMessage();
        assertThat(geparkeerd.getHeader(nl.midoffice.contracts.Headers.JMS_DEAD_LETTER_REASON, String.class))
                .isEqualTo("OnverwerkbaarBericht: unknown aanvraag");
        assertThat(geparkeerd.getHeader(org.apache.camel.component.jms.JmsConstants.JMS_DESTINATION_NAME, String.class))
                .as("no header rewrites the destination").isNull();
        assertThat(geparkeerd.getHeader(BetrouwbareAflevering.HERKOMST, String.class)).isEqualTo("onbekend");
        assertThat(onleesbaarPogingen).as("the failing step ran once: no retries").hasValue(1);
        vertraagd.assertIsSatisfied();
        verwerkt.assertIsSatisfied();
    }

    @Test
    void aFailedCallIsRetriedAsAWholeCountsForTheBreakerAndReportsVertraagd() throws Exception {
        systeem.expectedMessageCount(3);
        vertraagd.expectedMessageCount(1);

        assertThatThrownBy(() -> camel.createProducerTemplate().sendBodyAndHeaders("direct:opdracht", "{}",
                Map.of("JMSXDeliveryCount", 1))).isInstanceOf(CamelExecutionException.class)
                .hasRootCauseMessage("system answered 503");

        systeem.assertIsSatisfied();
        vertraagd.assertIsSatisfied();
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).as("calls the breaker counted as failed")
                .isEqualTo(3);
    }

    @Test
    void withTheBreakerOpenTheSystemIsNotCalledAndTheMessageGoesBack() throws Exception {
        breaker.transitionToOpenState();
        systeem.expectedMessageCount(0);
        vertraagd.expectedMessageCount(1);

        assertThatThrownBy(() -> camel.createProducerTemplate().sendBodyAndHeaders("direct:opdracht", "{}",
                Map.of("JMSXDeliveryCount", 1))).isInstanceOf(CamelExecutionException.class)
                .hasRootCauseInstanceOf(CallNotPermittedException.class);

        systeem.assertIsSatisfied();
        vertraagd.assertIsSatisfied();
    }
}
