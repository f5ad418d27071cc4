package nl.midoffice.adapter.vergunningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.VergunningAanvragen;
import nl.midoffice.contracts.Woonadres;

/**
 * The adapter as the mid-office runs it (Camel, an embedded Artemis, the callback on a real web server behind a
 * Spring Security chain like the mid-office's) against the real vergunningen simulator, over real HTTP both ways.
 */
@SpringBootTest(classes = VergunningenAdapterIT.Midoffice.class,
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
                "spring.application.name=midoffice-proef",
                "spring.artemis.mode=embedded",
                "spring.artemis.embedded.persistent=false",
                // docker/broker.xml's redelivery (broker-support) with short delays, for as long as a test needs
                "midoffice.broker.redelivery-delay=200ms",
                "midoffice.broker.max-redelivery-delay=1s",
                "midoffice.broker.max-delivery-attempts=-1",
                "camel.dataformat.jackson.module-class-names=com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
                "camel.dataformat.jackson.disable-features=WRITE_DATES_AS_TIMESTAMPS",
                "camel.component.jms.cache-level-name=CACHE_CONSUMER",
                "midoffice.aflevering.redelivery-delay=100ms",
                "midoffice.aflevering.max-deliveries=500",
                "midoffice.adapters.vergunningen.timeout=3s",
                "midoffice.adapters.vergunningen.concurrent-consumers=2",
                "midoffice.adapters.vergunningen.api-sleutel=demo-only-vergunningen-key-change-me",
                "midoffice.adapters.vergunningen.callback-geheim=" + VergunningenAdapterIT.GEHEIM,
                "logging.level.org.apache.activemq.audit=WARN",
                "logging.level.org.apache.activemq.artemis.core.server=WARN"})
@DirtiesContext
class VergunningenAdapterIT {

    static final String GEHEIM = "proef-geheim-voor-de-callback";
    private static final String BSN = "999993653";
    private static final Duration GEDULD = Duration.ofSeconds(60);
    private static final int POORT = vrijePoort();
    private static final AtomicInteger HUISNUMMER = new AtomicInteger(1);
    private static final Map<String, Deque<Gepubliceerd>> BUFFER = new ConcurrentHashMap<>();
    private static VergunningenSimulator simulator;

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ConnectionFactory connectionFactory;

    @DynamicPropertySource
    static void instellingen(DynamicPropertyRegistry instellingen) {
        if (simulator == null) {
            simulator = VergunningenSimulator.start();
        }
        instellingen.add("server.port", () -> POORT);
        instellingen.add("midoffice.adapters.vergunningen.url", simulator::url);
        instellingen.add("midoffice.adapters.vergunningen.callback-url",
                () -> "http://localhost:" + POORT + BesluitOntvangenRoute.PAD);
    }

    @AfterAll
    static void stopSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @AfterEach
    void simulatorWeerNormaal() {
        simulator.gedrag("NORMAAL");
    }

    @Test
    void aValidApplicationIsTakenAndThenGranted() {
        VergunningAanvragen opdracht = opdracht("AB123C", nieuwAdres(), false);

        stuur(opdracht);

        Gepubliceerd bericht = wachtOpBericht(opdracht.aanvraagId(), AanvraagStatus.IN_BEHANDELING);
        assertThat(bericht.aanvraagIdProperty()).isEqualTo(opdracht.aanvraagId());
        assertThat(bericht.correlationIdProperty()).isEqualTo(opdracht.correlationId());
        BackofficeResultaat inBehandeling = bericht.resultaat();
        assertThat(inBehandeling.systeem()).isEqualTo("vergunningen");
        assertThat(inBehandeling.capability()).isEqualTo(Capability.VERGUNNINGEN);
        assertThat(inBehandeling.reden()).isNull();
        assertThat(inBehandeling.correlationId()).isEqualTo(opdracht.correlationId());
        assertThat(inBehandeling.schaduw()).isFalse();
        bericht = wachtOpBericht(opdracht.aanvraagId(), AanvraagStatus.AFGEHANDELD);
        assertThat(bericht.aanvraagIdProperty()).isEqualTo(opdracht.aanvraagId());
        assertThat(bericht.correlationIdProperty()).isEqualTo(opdracht.correlationId());
        BackofficeResultaat afgehandeld = bericht.resultaat();
        assertThat(afgehandeld.reden()).startsWith("Uw parkeervergunning is verleend onder nummer PV-9001-")
                .contains(", geldig van ");
        assertThat(afgehandeld.capability()).isEqualTo(Capability.VERGUNNINGEN);
        assertThat(afgehandeld.systeem()).isEqualTo("vergunningen");
        assertThat(afgehandeld.correlationId()).as("back through the callback").isEqualTo(opdracht.correlationId());
    }

    @Test
    void theCorrelationIdAndAanvraagIdReachTheService() {
        VergunningAanvragen opdracht = opdracht("12ABC3", nieuwAdres(), false);

        stuur(opdracht);
        wachtOp(opdracht, AanvraagStatus.IN_BEHANDELING);

        var ontvangen = simulator.ontvangen(opdracht.referentie());
        assertThat(ontvangen).hasSize(1);
        assertThat(ontvangen.get(0).path("aanvraagId").asText()).isEqualTo(opdracht.aanvraagId());
        assertThat(ontvangen.get(0).path("correlationId").asText()).isEqualTo(opdracht.correlationId());
    }

    @Test
    void aCommandDeliveredTwiceCreatesOneApplication() {
        VergunningAanvragen opdracht = opdracht("AB123C", nieuwAdres(), false);

        stuur(opdracht);
        stuur(opdracht);

        wachtOp(opdracht, AanvraagStatus.IN_BEHANDELING);
        wachtOp(opdracht, AanvraagStatus.IN_BEHANDELING);
        var ontvangen = simulator.ontvangen(opdracht.referentie());
        assertThat(ontvangen).hasSize(1);
        assertThat(ontvangen.get(0).path("herhalingen").asInt()).isEqualTo(1);
        assertThat(wachtOp(opdracht, AanvraagStatus.AFGEHANDELD).reden()).startsWith("Uw parkeervergunning is verleend");
    }

    @Test
    void aSecondPermitForTheSameAddressIsRefusedWithTheServicesReason() {
        Woonadres adres = nieuwAdres();
        VergunningAanvragen eerste = opdracht("AB123C", adres, false);
        stuur(eerste);
        wachtOp(eerste, AanvraagStatus.AFGEHANDELD);

        VergunningAanvragen tweede = opdracht("12ABC3", adres, false);
        stuur(tweede);

        wachtOp(tweede, AanvraagStatus.IN_BEHANDELING);
        BackofficeResultaat afgewezen = wachtOp(tweede, AanvraagStatus.AFGEWEZEN);
        assertThat(afgewezen.reden()).isEqualTo("Op dit adres is al een parkeervergunning verleend.");
        assertThat(afgewezen.capability()).isEqualTo(Capability.VERGUNNINGEN);
    }

    @Test
    void aPlateTheServiceCannotReadIsRefusedAtOnceWithAReadableReason() {
        VergunningAanvragen opdracht = opdracht("ABC", nieuwAdres(), false);

        stuur(opdracht);

        BackofficeResultaat afgewezen = wachtOp(opdracht, AanvraagStatus.AFGEWEZEN);
        assertThat(afgewezen.reden()).startsWith(AanvraagAntwoorden.AFGEWEZEN_INLEIDING + "het kenteken ");
        assertThat(afgewezen.reden()).doesNotContain("ABC");
        assertThat(simulator.ontvangen(opdracht.referentie())).isEmpty();
    }

    @Test
    void aShadowCallStaysAShadowUpToTheDecision() {
        VergunningAanvragen opdracht = opdracht("AB123C", nieuwAdres(), true);

        stuur(opdracht);

        assertThat(wachtOp(opdracht, AanvraagStatus.IN_BEHANDELING).schaduw()).isTrue();
        assertThat(wachtOp(opdracht, AanvraagStatus.AFGEHANDELD).schaduw()).isTrue();
    }

    @Test
    void anOutageReadsVertraagdAndTheApplicationIsMadeOnceAfterwards() {
        simulator.gedrag("STORING");
        VergunningAanvragen opdracht = opdracht("AB123C", nieuwAdres(), false);

        stuur(opdracht);

        BackofficeResultaat vertraagd = wachtOp(opdracht, AanvraagStatus.VERTRAAGD);
        assertThat(vertraagd.systeem()).isEqualTo("vergunningen");
        assertThat(vertraagd.capability()).isEqualTo(Capability.VERGUNNINGEN);
        assertThat(simulator.ontvangen(opdracht.referentie())).isEmpty();

        simulator.gedrag("NORMAAL");

        wachtOp(opdracht, AanvraagStatus.IN_BEHANDELING);
        assertThat(simulator.ontvangen(opdracht.referentie())).hasSize(1)
                .allSatisfy(o -> assertThat(o.path("herhalingen").asInt()).isZero());
        wachtOp(opdracht, AanvraagStatus.AFGEHANDELD);
    }

    @Test
    void aCallbackWithoutTheAgreedAuthorizationIsRefusedAndPublishesNothing() {
        String aanvraagId = UUID.randomUUID().toString();
        String besluit = """
                {"id":"%s","referentie":"MO-PROEF-CB","besluit":"AFGEWEZEN","reden":"Het kenteken is niet bekend bij de RDW",\
                "besluitdatum":"2026-11-28"}""".formatted(UUID.randomUUID());

        HttpResponse<String> zonder = callback(aanvraagId, null, besluit);
        HttpResponse<String> fout = callback(aanvraagId, "Bearer niet-het-geheim", besluit);

        for (HttpResponse<String> antwoord : List.of(zonder, fout)) {
            assertThat(antwoord.statusCode()).isEqualTo(401);
            assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(antwoord.body()).contains("\"status\":401").doesNotContain("niet-het-geheim");
        }
        assertThat(gepubliceerdVoor(aanvraagId)).isZero();

        HttpResponse<String> onzin = callback(aanvraagId, "Bearer " + GEHEIM, "{\"besluit\":");
        assertThat(onzin.statusCode()).isEqualTo(400);
        assertThat(gepubliceerdVoor(aanvraagId)).isZero();

        HttpResponse<String> goed = callback(aanvraagId, "Bearer " + GEHEIM, besluit);
        assertThat(goed.statusCode()).isEqualTo(204);
        assertThat(goed.headers().firstValue("Authorization")).isEmpty();
        BackofficeResultaat resultaat = wachtOp(aanvraagId, AanvraagStatus.AFGEWEZEN);
        assertThat(resultaat.reden()).isEqualTo("Het kenteken is niet bekend bij de RDW.");
    }

    // --- the mid-office side of the test ---

    private VergunningAanvragen opdracht(String kenteken, Woonadres adres, boolean schaduw) {
        String aanvraagId = UUID.randomUUID().toString();
        return new VergunningAanvragen(UUID.randomUUID().toString(), UUID.randomUUID().toString(), aanvraagId,
                "MO-PROEF-" + aanvraagId.substring(0, 8), "9001", "parkeervergunning", BSN, kenteken,
                LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7).toString(), adres, "MO-PROEF-ZAAK", schaduw,
                Instant.now());
    }

    private static Woonadres nieuwAdres() {
        return new Woonadres("Proefstraat", HUISNUMMER.getAndIncrement(), null, null, "1234AB", "Lindeveen");
    }

    private void stuur(VergunningAanvragen opdracht) {
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(opdracht);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jms().send(Queues.VERGUNNINGEN_VERGUNNING_AANVRAGEN, sessie -> {
            TextMessage bericht = sessie.createTextMessage(json);
            bericht.setStringProperty(Headers.JMS_AANVRAAG_ID, opdracht.aanvraagId());
            bericht.setStringProperty(Headers.JMS_CORRELATION_ID, opdracht.correlationId());
            return bericht;
        });
    }

    private BackofficeResultaat wachtOp(VergunningAanvragen opdracht, AanvraagStatus status) {
        return wachtOp(opdracht.aanvraagId(), status);
    }

    private BackofficeResultaat wachtOp(String aanvraagId, AanvraagStatus status) {
        return wachtOpBericht(aanvraagId, status).resultaat();
    }

    /**
     * Takes this aanvraag's results in the order they were published until one with the status comes. Results of
     * other aanvragen wait in a buffer (not every sender sets the JMS property, so the body decides).
     */
    private Gepubliceerd wachtOpBericht(String aanvraagId, AanvraagStatus status) {
        JmsTemplate jms = jms();
        long tot = System.nanoTime() + GEDULD.toNanos();
        Deque<Gepubliceerd> voorDezeAanvraag = BUFFER.computeIfAbsent(aanvraagId, id -> new ConcurrentLinkedDeque<>());
        while (true) {
            Gepubliceerd volgende = voorDezeAanvraag.poll();
            if (volgende != null) {
                if (volgende.resultaat().status() == status) {
                    return volgende;
                }
                continue;
            }
            jms.setReceiveTimeout(Math.max(1, (tot - System.nanoTime()) / 1_000_000));
            Message bericht = jms.receive(Queues.BACKOFFICE_RESULTATEN);
            assertThat(bericht).as("a result %s for aanvraag %s", status, aanvraagId).isNotNull();
            Gepubliceerd gepubliceerd = lees(bericht);
            BUFFER.computeIfAbsent(gepubliceerd.resultaat().aanvraagId(), id -> new ConcurrentLinkedDeque<>())
                    .add(gepubliceerd);
        }
    }

    /** Results for the aanvraag published so far (each send completes before the callback answers). */
    private int gepubliceerdVoor(String aanvraagId) {
        int opDeQueue = jms().browse(Queues.BACKOFFICE_RESULTATEN, (sessie, browser) -> {
            int aantal = 0;
            for (Object bericht : Collections.list(browser.getEnumeration())) {
                aantal += aanvraagId.equals(lees((Message) bericht).resultaat().aanvraagId()) ? 1 : 0;
            }
            return aantal;
        });
        return opDeQueue + BUFFER.getOrDefault(aanvraagId, new ConcurrentLinkedDeque<>()).size();
    }

    private JmsTemplate jms() {
        return new JmsTemplate(connectionFactory);
    }

    private static Gepubliceerd lees(Message bericht) {
        try {
            return new Gepubliceerd(Json.MAPPER.readValue(((TextMessage) bericht).getText(), BackofficeResultaat.class),
                    bericht.getStringProperty(Headers.JMS_AANVRAAG_ID),
                    bericht.getStringProperty(Headers.JMS_CORRELATION_ID));
        } catch (JMSException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A result as it came off the queue: the message and the JMS properties it carried. */
    record Gepubliceerd(BackofficeResultaat resultaat, String aanvraagIdProperty, String correlationIdProperty) {
    }

    private HttpResponse<String> callback(String aanvraagId, String authorization, String body) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + POORT
                        + BesluitOntvangenRoute.PAD + "?aanvraagId=" + aanvraagId))
                .header("Content-Type", "application/json")
                .header("X-Correlation-ID", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            verzoek.header("Authorization", authorization);
        }
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the mid-office provides around the adapter: Spring Boot with Camel and an embedded Artemis that redelivers
     * with backoff, and a security chain that lets the callback path through without a login (the adapter checks
     * the callback's own credential) and, above all, without a bearer-token filter that would take the callback's
     * {@code Authorization} for a JWT.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration(excludeName = {
            "nl.midoffice.simulator.support.gedrag.GedragAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
    static class Midoffice {

        @Bean
        SecurityFilterChain callbacks(HttpSecurity http) throws Exception {
            return http.securityMatcher("/api/v1/callbacks/**")
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(c -> c.disable())
                    .build();
        }
    }
}
