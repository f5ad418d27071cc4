package nl.midoffice.adapter.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.PersoonOpgevraagd;
import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.Queues;

/**
 * The adapter as the mid-office runs it (auto-configured, on an embedded Artemis), against the real BRP simulator
 * over HTTP: questions in, answers out, the correlation id at the BRP, VERTRAAGD while the BRP is down and one
 * answer once it is back, and request-reply for a synchronous caller.
 */
@SpringBootTest(classes = PersoonOpvragenRouteIT.Midoffice.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                // the simulator's application.properties is on the class path too: this is not the simulator
                "spring.application.name=midoffice-test",
                "spring.artemis.mode=embedded",
                "spring.artemis.embedded.persistent=false",
                // docker/broker.xml's settings (broker-support, through the adapter kit): a rolled-back delivery
                // comes back after a while, and keeps coming back
                "midoffice.broker.redelivery-delay=100ms",
                "midoffice.broker.max-redelivery-delay=100ms",
                "midoffice.broker.max-delivery-attempts=-1",
                "spring.jmx.enabled=false",
                "camel.component.jms.cache-level-name=CACHE_CONSUMER",
                "camel.dataformat.jackson.module-class-names=com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
                "camel.dataformat.jackson.disable-features=WRITE_DATES_AS_TIMESTAMPS",
                "midoffice.adapters.brp.concurrent-consumers=2",
                "midoffice.adapters.brp.timeout=3s",
                // quick in-process retries, and enough broker deliveries to outlast the open circuit breaker
                "midoffice.aflevering.redelivery-delay=20ms",
                "midoffice.aflevering.max-deliveries=1000",
                "logging.level.org.apache.activemq.audit=WARN" })
@ExtendWith(OutputCaptureExtension.class)
class PersoonOpvragenRouteIT {

    private static final String JAN_DE_VRIES = "999993653";
    private static final Duration WACHT = Duration.ofSeconds(60);

    private static BrpSimulator simulator;

    @Autowired
    private ConnectionFactory connectionFactory;
    @Autowired
    private ProducerTemplate camel;
    @Autowired
    @Qualifier(BrpAutoConfiguration.CIRCUIT_BREAKER)
    private CircuitBreaker breaker;

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private JmsTemplate jms;

    /** A host application with nothing but what the auto-configurations bring: Camel, JMS, Artemis, the adapter. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Midoffice {
    }

    @BeforeAll
    static void startSimulator() {
        simulator = BrpSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @DynamicPropertySource
    static void brp(DynamicPropertyRegistry registry) {
        registry.add("midoffice.adapters.brp.url", () -> simulator.url());
    }

    @BeforeEach
    void normaal() {
        simulator.gedrag("{\"modus\":\"NORMAAL\"}");
        breaker.reset();
        jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(WACHT.toMillis());
    }

    @Test
    void aKnownPersonIsFoundWithNameAndAddressAndTheCorrelationIdReachesTheBrp(CapturedOutput log) throws Exception {
        var vraag = vraag(JAN_DE_VRIES, UUID.randomUUID().toString());

        stuur(vraag);
        PersoonOpgevraagd antwoord = antwoordOp(vraag);

        assertThat(antwoord.gevonden()).isTrue();
        assertThat(antwoord.opdrachtId()).isEqualTo(vraag.messageId());
        assertThat(antwoord.aanvraagId()).isEqualTo(vraag.aanvraagId());
        assertThat(antwoord.systeem()).isEqualTo("brp");
        assertThat(antwoord.persoon().volledigeNaam()).isEqualTo("Jan Pieter de Vries");
        assertThat(antwoord.persoon().geboortedatum()).isEqualTo("1975-03-14");
        assertThat(antwoord.persoon().gemeenteVanInschrijving()).isEqualTo("9001");
        assertThat(antwoord.persoon().adres()).extracting("straat", "huisnummer", "postcode", "woonplaats")
                .containsExactly("Lindelaan", 12, "9001AB", "Lindeveen");
        assertThat(antwoord.gevraagdeGegevens()).contains("naam", "verblijfplaats");

        var ontvangen = simulator.ontvangenMet(vraag.correlationId());
        assertThat(ontvangen).hasSize(1);
        assertThat(ontvangen.get(0).path("aanvraagId").asText()).isEqualTo(vraag.aanvraagId());
        assertThat(ontvangen.get(0).path("fields")).extracting(n -> n.asText())
                .containsExactlyElementsOf(BrpBerichten.FIELDS);
        assertThat(log.getAll()).as("no BSN in any log line").doesNotContain(JAN_DE_VRIES);
    }

    @Test
    void anUnknownValidBsnIsAnsweredNotFound() throws Exception {
        var vraag = vraag("999990019", UUID.randomUUID().toString());

        stuur(vraag);
        PersoonOpgevraagd antwoord = antwoordOp(vraag);

        assertThat(antwoord.gevonden()).isFalse();
        assertThat(antwoord.persoon()).isNull();
        assertThat(simulator.ontvangenMet(vraag.correlationId())).singleElement()
                .satisfies(b -> assertThat(b.path("aantalPersonen").asInt()).isZero());
    }

    @Test
    void aNumberTheBrpRefusesAsNoBsnIsAnsweredNotFound() throws Exception {
        var vraag = vraag("12345", UUID.randomUUID().toString());

        stuur(vraag);

        assertThat(antwoordOp(vraag).gevonden()).isFalse();
    }

    @Test
    void whileTheBrpIsDownTheAanvraagIsVertraagdAndAfterwardsAnsweredOnce(CapturedOutput log) throws Exception {
        simulator.gedrag("{\"modus\":\"STORING\"}");
        var vraag = vraag(JAN_DE_VRIES, UUID.randomUUID().toString());

        stuur(vraag);

        BackofficeResultaat vertraagd = resultaatVoor(vraag);
        assertThat(vertraagd.status()).isEqualTo(AanvraagStatus.VERTRAAGD);
        assertThat(vertraagd.systeem()).isEqualTo("brp");
        assertThat(vertraagd.capability()).isEqualTo(Capability.PERSOONSGEGEVENS);
        assertThat(vertraagd.correlationId()).isEqualTo(vraag.correlationId());
        assertThat(aantalOp(Queues.PERSOONSGEGEVENS_RESULTATEN, vraag)).as("no answer while the BRP is down").isZero();

        simulator.gedrag("{\"modus\":\"NORMAAL\"}");

        PersoonOpgevraagd antwoord = antwoordOp(vraag);
        assertThat(antwoord.gevonden()).isTrue();
        assertThat(antwoord.persoon().geslachtsnaam()).isEqualTo("Vries");
        // the answer was published in the transaction that consumed the question: nothing is left to redeliver
        assertThat(aantalOp(Queues.BRP_PERSOON_OPVRAGEN, vraag)).isZero();
        assertThat(aantalOp(Queues.PERSOONSGEGEVENS_RESULTATEN, vraag)).as("answered once").isZero();
        assertThat(simulator.ontvangenMet(vraag.correlationId())).as("asked the BRP once it was back").hasSize(1);
        assertThat(log.getAll()).as("no BSN in any log line").doesNotContain(JAN_DE_VRIES);
    }

    @Test
    void aBrpSlowerThanTheTimeoutIsTechnicalToo() throws Exception {
        simulator.gedrag("{\"modus\":\"TRAAG\",\"vertragingMs\":8000}");
        var vraag = vraag("999991802", UUID.randomUUID().toString());

        stuur(vraag);

        assertThat(resultaatVoor(vraag).status()).isEqualTo(AanvraagStatus.VERTRAAGD);
        assertThat(aantalOp(Queues.PERSOONSGEGEVENS_RESULTATEN, vraag)).as("no answer from a call given up").isZero();

        simulator.gedrag("{\"modus\":\"NORMAAL\"}");

        assertThat(antwoordOp(vraag).persoon().geslachtsnaam()).isEqualTo("Bakker");
    }

    @Test
    void aSynchronousCallerGetsTheAnswerAsItsReply() throws Exception {
        var vraag = new PersoonOpvragen(UUID.randomUUID().toString(), UUID.randomUUID().toString(), null, "9002",
                "999999321", "prefill", false, Instant.now());
        String tekst = json.writeValueAsString(vraag);
        jms.setReceiveTimeout(WACHT.toMillis());

        Message reply = jms.sendAndReceive(Queues.BRP_PERSOON_OPVRAGEN, session -> {
            TextMessage bericht = session.createTextMessage(tekst);
            bericht.setStringProperty(Headers.JMS_CORRELATION_ID, vraag.correlationId());
            return bericht;
        });

        assertThat(reply).as("a reply within " + WACHT).isNotNull();
        PersoonOpgevraagd antwoord = json.readValue(((TextMessage) reply).getText(), PersoonOpgevraagd.class);
        assertThat(antwoord.gevonden()).isTrue();
        assertThat(antwoord.aanvraagId()).isNull();
        assertThat(antwoord.opdrachtId()).isEqualTo(vraag.messageId());
        assertThat(antwoord.persoon().adres()).extracting("straat", "huisnummer", "huisletter")
                .containsExactly("Molenweg", 23, "A");
        assertThat(antwoordOp(vraag).messageId()).as("also on the results queue, for the verwerkingenlogging")
                .isEqualTo(antwoord.messageId());
        assertThat(simulator.ontvangenMet(vraag.correlationId())).singleElement()
                .satisfies(b -> assertThat(b.path("aanvraagId").isNull()).isTrue());
    }

    /** As the mid-office prefills a form: Camel's request-reply, non-persistent, with a time to live. */
    @Test
    void aCamelRequestReplyAsTheMidofficeMakesItIsAnswered() throws Exception {
        var vraag = new PersoonOpvragen(UUID.randomUUID().toString(), UUID.randomUUID().toString(), null, "9001",
                "999998821", null, false, Instant.now());

        String reply = camel.requestBodyAndHeaders("jms:queue:" + Queues.BRP_PERSOON_OPVRAGEN + "?requestTimeout="
                + WACHT.toMillis() + "&deliveryPersistent=false&timeToLive=" + WACHT.toMillis(),
                json.writeValueAsString(vraag), Map.of(Headers.JMS_CORRELATION_ID, vraag.correlationId(),
                        Headers.JMS_MESSAGE_ID, vraag.messageId()), String.class);

        PersoonOpgevraagd antwoord = json.readValue(reply, PersoonOpgevraagd.class);
        assertThat(antwoord.opdrachtId()).isEqualTo(vraag.messageId());
        assertThat(antwoord.persoon().volledigeNaam()).isEqualTo("Lotte Visser");
    }

    private static PersoonOpvragen vraag(String bsn, String aanvraagId) {
        return new PersoonOpvragen(UUID.randomUUID().toString(), UUID.randomUUID().toString(), aanvraagId, "9001", bsn,
                "verhuizing", false, Instant.now());
    }

    private void stuur(PersoonOpvragen vraag) throws Exception {
        String tekst = json.writeValueAsString(vraag);
        jms.send(Queues.BRP_PERSOON_OPVRAGEN, session -> {
            TextMessage bericht = session.createTextMessage(tekst);
            if (vraag.aanvraagId() != null) {
                bericht.setStringProperty(Headers.JMS_AANVRAAG_ID, vraag.aanvraagId());
            }
            bericht.setStringProperty(Headers.JMS_CORRELATION_ID, vraag.correlationId());
            return bericht;
        });
    }

    /** The answer to this question on the persoonsgegevens results queue, with the JMS headers the contract sets. */
    private PersoonOpgevraagd antwoordOp(PersoonOpvragen vraag) throws Exception {
        Message bericht = jms.receiveSelected(Queues.PERSOONSGEGEVENS_RESULTATEN, selector(vraag));
        assertThat(bericht).as("an answer within " + WACHT).isNotNull();
        if (vraag.aanvraagId() != null) {
            assertThat(bericht.getStringProperty(Headers.JMS_AANVRAAG_ID)).isEqualTo(vraag.aanvraagId());
        }
        return json.readValue(((TextMessage) bericht).getText(), PersoonOpgevraagd.class);
    }

    /** The first result about this question's aanvraag on the back-office results queue (VERTRAAGD has no JMS headers). */
    private BackofficeResultaat resultaatVoor(PersoonOpvragen vraag) {
        AtomicReference<BackofficeResultaat> gevonden = new AtomicReference<>();
        await().atMost(WACHT).until(() -> {
            var resultaat = volgendResultaat();
            if (resultaat != null && vraag.aanvraagId().equals(resultaat.aanvraagId())) {
                gevonden.set(resultaat);
            }
            return gevonden.get() != null;
        });
        return gevonden.get();
    }

    private BackofficeResultaat volgendResultaat() throws Exception {
        JmsTemplate kort = new JmsTemplate(connectionFactory);
        kort.setReceiveTimeout(500);
        Message bericht = kort.receive(Queues.BACKOFFICE_RESULTATEN);
        return bericht == null ? null : json.readValue(((TextMessage) bericht).getText(), BackofficeResultaat.class);
    }

    private int aantalOp(String queue, PersoonOpvragen vraag) {
        return jms.browseSelected(queue, selector(vraag),
                (session, browser) -> Collections.list(browser.getEnumeration()).size());
    }

    private static String selector(PersoonOpvragen vraag) {
        return Headers.JMS_CORRELATION_ID + " = '" + vraag.correlationId() + "'";
    }
}
