package nl.midoffice.adapter.zaken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.ZaakRegistreren;

/**
 * The adapter in a Spring Boot web application with an embedded Artemis, against the real zaken simulator over
 * HTTP: registration (once, also when delivered twice), refusals, an outage, and the way back: the simulator's
 * notifications of status changes, received on the callback, become results for the mid-office.
 */
@SpringBootTest(classes = ZakenTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "midoffice.adapters.zaken.callback-url=http://localhost:${local.server.port}/api/v1/callbacks/zaken",
                "midoffice.adapters.zaken.callback-secret=test-callback-secret-0123456789abcdef",
                "midoffice.adapters.zaken.secret=" + Zaaksysteem.SECRET,
                "midoffice.aflevering.redelivery-delay=50ms",
                "spring.application.name=zaken-adapter-test",
                "spring.artemis.mode=embedded",
                // docker/broker.xml's redelivery (broker-support) with short delays, more attempts than Camel's
                "midoffice.broker.redelivery-delay=100ms",
                "midoffice.broker.max-redelivery-delay=1s",
                "midoffice.broker.max-delivery-attempts=100",
                "camel.dataformat.jackson.module-class-names=com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
                "camel.dataformat.jackson.disable-features=WRITE_DATES_AS_TIMESTAMPS",
                "camel.springboot.main-run-controller=false",
                "logging.level.org.apache.activemq.audit=WARN",
                "logging.level.org.apache.activemq.artemis.core.server=ERROR"})
class ZakenAdapterIT {

    private static final String BSN = "999993653";
    private static final String CALLBACK_SECRET = "test-callback-secret-0123456789abcdef";
    private static final Duration WACHTTIJD = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @DynamicPropertySource
    static void zaaksysteem(DynamicPropertyRegistry registry) {
        registry.add("midoffice.adapters.zaken.url", ZakenSimulator::url);
        // a product whose zaaktype the zaaksysteem does not know: refused with 400 bad-url
        registry.add("midoffice.adapters.zaken.zaaktypen.onbekend-zaaktype",
                () -> ZakenSimulator.url() + "/catalogi/api/v1/zaaktypen/00000000-0000-4000-8000-000000000000");
    }

    @AfterAll
    static void stopZaaksysteem() {
        ZakenSimulator.stop();
    }

    @Autowired
    private JmsTemplate jms;
    @Autowired
    private ZakenProperties properties;
    @Autowired
    private NotificatieVerwerking verwerking;
    @Autowired
    private NotificatiesAbonnerenRoute abonnerenRoute;
    @Autowired
    private ProducerTemplate producerTemplate;
    @Autowired
    @Qualifier(ZakenAutoConfiguration.CIRCUIT_BREAKER)
    private CircuitBreaker breaker;
    @LocalServerPort
    private int poort;

    private final Zaaksysteem zaaksysteem = new Zaaksysteem(ZakenSimulator.url());

    /** Each test starts with a working zaaksysteem and a closed circuit breaker. */
    @AfterEach
    void zaaksysteemWeerNormaal() {
        zaaksysteem.gedrag("NORMAAL");
        breaker.reset();
    }

    @Test
    void aCommandCreatesExactlyOneZaakWithInitiatorAndStatusAlsoWhenDeliveredTwice() {
        var opdracht = opdracht("9001", "melding-openbare-ruimte", BSN, false);

        stuur(opdracht);
        stuur(opdracht);

        await().atMost(WACHTTIJD).until(() -> registratieResultaten(opdracht).size() == 2);
        assertThat(registratieResultaten(opdracht)).allSatisfy(resultaat -> {
            assertThat(resultaat.status()).isEqualTo(AanvraagStatus.GEREGISTREERD);
            assertThat(resultaat.zaakIdentificatie()).isEqualTo(opdracht.referentie());
            assertThat(resultaat.systeem()).isEqualTo("zaken");
            assertThat(resultaat.capability()).isEqualTo(Capability.ZAAKREGISTRATIE);
            assertThat(resultaat.correlationId()).isEqualTo(opdracht.correlationId());
            assertThat(resultaat.reden()).isNull();
        });
        List<JsonNode> zaken = zaaksysteem.ontvangen(opdracht.referentie());
        assertThat(zaken).as("one zaak for the reference").hasSize(1);
        JsonNode zaak = zaken.get(0);
        assertThat(zaak.path("herhalingen").asInt()).as("the second delivery met identificatie-niet-uniek").isEqualTo(1);
        assertThat(zaak.path("bronorganisatie").asText()).isEqualTo("009001001");
        assertThat(zaak.path("zaaktypeIdentificatie").asText()).isEqualTo("melding-openbare-ruimte");
        assertThat(zaak.path("status").asText()).isEqualTo("Ontvangen");
        assertThat(zaak.path("initiatorBsn").asText()).as("masked by the control API").isEqualTo("*****3653");
        assertThat(zaak.path("aanvraagId").asText()).isEqualTo(opdracht.aanvraagId());
        assertThat(zaak.path("correlationId").asText()).as("the correlation id reached the zaaksysteem")
                .isEqualTo(opdracht.correlationId());
        String zaakUrl = zaak.path("zaakUrl").asText();
        assertThat(zaaksysteem.aantal("rollen", zaakUrl)).as("one initiator").isEqualTo(1);
        assertThat(zaaksysteem.zgw("GET", "/rollen?zaak=" + java.net.URLEncoder.encode(zaakUrl,
                java.nio.charset.StandardCharsets.UTF_8), null, 200).path("results").get(0)
                .path("betrokkeneIdentificatie").path("inpBsn").asText()).as("the initiator's BSN").isEqualTo(BSN);
        assertThat(zaaksysteem.aantal("statussen", zaakUrl)).as("one first status").isEqualTo(1);
        JsonNode kenmerken = zaaksysteem.zgw("GET", zaakUrl, null, 200).path("kenmerken");
        assertThat(kenmerken.toString()).contains("{\"kenmerk\":\"" + opdracht.aanvraagId()
                + "\",\"bron\":\"midoffice-aanvraag\"}");
    }

    @Test
    void aProductWithoutZaaktypeIsRefusedWithAReadableReason() {
        var opdracht = opdracht("9002", "bouwvergunning", BSN, false);

        stuur(opdracht);

        var resultaat = eerste(opdracht, AanvraagStatus.AFGEWEZEN);
        assertThat(resultaat.reden()).isEqualTo(
                "Het zaaksysteem heeft uw aanvraag niet geregistreerd: dit soort aanvraag kan het zaaksysteem niet registreren.");
        assertThat(resultaat.systeem()).isEqualTo("zaken");
        assertThat(resultaat.capability()).isEqualTo(Capability.ZAAKREGISTRATIE);
        assertThat(zaaksysteem.ontvangen(opdracht.referentie())).isEmpty();
    }

    @Test
    void aZaaktypeTheZaaksysteemRefusesWith400IsRefusedWithAReadableReason() {
        var opdracht = opdracht("9002", "onbekend-zaaktype", BSN, false);

        stuur(opdracht);

        var resultaat = eerste(opdracht, AanvraagStatus.AFGEWEZEN);
        assertThat(resultaat.reden()).isEqualTo(
                "Het zaaksysteem heeft uw aanvraag niet geregistreerd: het soort aanvraag is bij het zaaksysteem niet bekend.");
        assertThat(zaaksysteem.ontvangen(opdracht.referentie())).isEmpty();
    }

    @Test
    void anInitiatorTheZaaksysteemRefusesIsRefusedWithoutRepeatingTheBsn() {
        String ongeldigBsn = "123456789";
        var opdracht = opdracht("9001", "verhuizing", ongeldigBsn, false);

        stuur(opdracht);

        var resultaat = eerste(opdracht, AanvraagStatus.AFGEWEZEN);
        assertThat(resultaat.reden()).contains("het burgerservicenummer van de aanvrager is ongeldig")
                .doesNotContain(ongeldigBsn);
    }

    @Test
    void duringAnOutageTheAanvraagIsDelayedAndAfterwardsRegisteredOnce() {
        zaaksysteem.gedrag("STORING");
        var opdracht = opdracht("9002", "parkeervergunning", BSN, false);

        stuur(opdracht);

        var vertraagd = eerste(opdracht, AanvraagStatus.VERTRAAGD);
        assertThat(vertraagd.systeem()).isEqualTo("zaken");
        assertThat(registratieResultaten(opdracht)).as("not registered while down")
                .noneMatch(r -> r.status() == AanvraagStatus.GEREGISTREERD);
        assertThat(zaaksysteem.ontvangen(opdracht.referentie())).isEmpty();

        zaaksysteem.gedrag("NORMAAL");

        var geregistreerd = eerste(opdracht, AanvraagStatus.GEREGISTREERD);
        assertThat(geregistreerd.zaakIdentificatie()).isEqualTo(opdracht.referentie());
        List<JsonNode> zaken = zaaksysteem.ontvangen(opdracht.referentie());
        assertThat(zaken).hasSize(1);
        assertThat(zaken.get(0).path("herhalingen").asInt()).isZero();
        assertThat(zaaksysteem.aantal("rollen", zaken.get(0).path("zaakUrl").asText())).isEqualTo(1);
    }

    @Test
    void statusChangesInTheZaaksysteemBecomeResults() {
        var opdracht = opdracht("9001", "melding-openbare-ruimte", BSN, false);
        stuur(opdracht);
        eerste(opdracht, AanvraagStatus.GEREGISTREERD);
        JsonNode zaak = zaaksysteem.ontvangen(opdracht.referentie()).get(0);
        assertThat(eigenAbonnementen()).as("the adapter subscribed its callback at start-up, once").hasSize(1);

        // another application of the municipality sets a status through the API
        zaaksysteem.zgw("POST", "/statussen", """
                {"zaak": "%s", "statustype": "%s/catalogi/api/v1/statustypen/2a9d4c61-7e3f-4b15-8d20-6c8e00000002",
                 "datumStatusGezet": "%s", "statustoelichting": "Opgepakt door team Buitenruimte"}"""
                .formatted(zaak.path("zaakUrl").asText(), ZakenSimulator.url(), Instant.now()), 201);
        var inBehandeling = uitNotificatie(opdracht, AanvraagStatus.IN_BEHANDELING);
        assertThat(inBehandeling.reden()).isEqualTo("Opgepakt door team Buitenruimte");
        assertThat(inBehandeling.zaakIdentificatie()).isEqualTo(opdracht.referentie());
        assertThat(inBehandeling.correlationId()).isEqualTo(opdracht.correlationId());
        assertThat(inBehandeling.systeem()).isEqualTo("zaken");
        assertThat(inBehandeling.capability()).isEqualTo(Capability.ZAAKREGISTRATIE);
        assertThat(inBehandeling.schaduw()).isFalse();

        // a clerk refuses it on the zaaksysteem's page
        zaaksysteem.zetStatusAlsBehandelaar(zaak.path("uuid").asText(), "AFGEWEZEN",
                "De melding gaat over een plek buiten de gemeente.");
        var afgewezen = uitNotificatie(opdracht, AanvraagStatus.AFGEWEZEN);
        assertThat(afgewezen.reden()).isEqualTo("De melding gaat over een plek buiten de gemeente.");

        // the first status, set by the adapter itself, came back as well
        uitNotificatie(opdracht, AanvraagStatus.GEREGISTREERD);
        assertThat(ZakenTestApplication.MET_ANTWOORDADRES).as("results are sent one way").isEmpty();
    }

    @Test
    void statusChangesOfAShadowRegistrationStayShadow() {
        var opdracht = opdracht("9002", "melding-openbare-ruimte", BSN, true);
        stuur(opdracht);
        assertThat(eerste(opdracht, AanvraagStatus.GEREGISTREERD).schaduw()).isTrue();
        JsonNode zaak = zaaksysteem.ontvangen(opdracht.referentie()).get(0);

        zaaksysteem.zetStatusAlsBehandelaar(zaak.path("uuid").asText(), "IN_BEHANDELING", "");

        assertThat(uitNotificatie(opdracht, AanvraagStatus.IN_BEHANDELING).schaduw()).isTrue();
    }

    @Test
    void theCallbackRequiresTheSubscriptionsSecret() throws Exception {
        String notificatie = """
                {"kanaal":"zaken","hoofdObject":"%1$s/zaken/api/v1/zaken/%2$s","resource":"status",
                 "resourceUrl":"%1$s/zaken/api/v1/statussen/%2$s","actie":"create","aanmaakdatum":"2026-03-02T09:00:00Z",
                 "kenmerken":{}}""".formatted(ZakenSimulator.url(), UUID.randomUUID());

        var zonder = callback(notificatie, null);
        var fout = callback(notificatie, "Bearer een-ander-geheim");

        assertThat(zonder.statusCode()).isEqualTo(401);
        assertThat(zonder.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(zonder.body()).contains("\"status\":401");
        assertThat(fout.statusCode()).isEqualTo(401);
        assertThat(callback(notificatie, "Bearer " + CALLBACK_SECRET).statusCode())
                .as("authorised; the zaak does not exist, so there is nothing to report").isEqualTo(204);
    }

    @Test
    void theAdapterSubscribesThroughTheNotificatiesApiAndARenewalLeavesOneAbonnement() {
        await().atMost(WACHTTIJD).until(() -> eigenAbonnementen().size() == 1);
        JsonNode abonnement = eigenAbonnementen().get(0);
        assertThat(abonnement.path("kanalen").toString()).as("kanaal zaken, filtered on our municipalities' RSINs")
                .isEqualTo("[{\"filters\":{\"bronorganisatie\":\"009001001\"},\"naam\":\"zaken\"},"
                        + "{\"filters\":{\"bronorganisatie\":\"009002005\"},\"naam\":\"zaken\"}]");
        assertThat(abonnement.has("auth")).as("the Notificaties API never shows the credential").isFalse();

        // a second abonnement with our callback URL (e.g. left by an earlier instance): the next renewal keeps one
        zaaksysteem.abonneer("""
                {"callbackUrl": "%s", "auth": "Bearer oud", "kanalen": [{"naam": "zaken"}]}"""
                .formatted(abonnement.path("callbackUrl").asText()));
        assertThat(eigenAbonnementen()).hasSize(2);
        abonnerenRoute.vernieuwBijVolgendeTik();

        await().atMost(WACHTTIJD).until(() -> eigenAbonnementen().size() == 1);
        assertThat(eigenAbonnementen().get(0).path("url").asText()).as("the first one was kept and renewed")
                .isEqualTo(abonnement.path("url").asText());
    }

    @Test
    void notificationsAboutZakenOfOthersAreIgnored() throws Exception {
        JsonNode zaak = zaaksysteem.zgw("POST", "/zaken", """
                {"bronorganisatie": "009001001", "verantwoordelijkeOrganisatie": "009001001",
                 "zaaktype": "%s", "startdatum": "2026-03-02", "omschrijving": "Zaak van een andere applicatie"}"""
                .formatted(properties.zaaktypen().get("melding-openbare-ruimte")), 201);
        JsonNode status = zaaksysteem.zgw("POST", "/statussen", """
                {"zaak": "%s", "statustype": "%s", "datumStatusGezet": "%s"}"""
                .formatted(zaak.path("url").asText(), properties.statustypeOntvangen(), Instant.now()), 201);
        String notificatie = """
                {"kanaal":"zaken","hoofdObject":"%s","resource":"status","resourceUrl":"%s","actie":"create",
                 "aanmaakdatum":"2026-03-02T09:00:00Z","kenmerken":{}}"""
                .formatted(zaak.path("url").asText(), status.path("url").asText());

        assertThat(verwerking.verwerk(notificatie)).as("no aanvraag id among its kenmerken").isNull();
        assertThat(callback(notificatie, "Bearer " + CALLBACK_SECRET).statusCode()).isEqualTo(204);
    }

    @Test
    void aNotificationThatCannotBeProcessedNowIsAnswered503SoItComesAgain() throws Exception {
        var opdracht = opdracht("9001", "melding-openbare-ruimte", BSN, false);
        stuur(opdracht);
        eerste(opdracht, AanvraagStatus.GEREGISTREERD);
        String zaakUrl = zaaksysteem.ontvangen(opdracht.referentie()).get(0).path("zaakUrl").asText();
        String notificatie = """
                {"kanaal":"zaken","hoofdObject":"%s","resource":"status",
                 "resourceUrl":"%s/zaken/api/v1/statussen/%s","actie":"create"}"""
                .formatted(zaakUrl, ZakenSimulator.url(), UUID.randomUUID());
        zaaksysteem.gedrag("STORING");

        var antwoord = callback(notificatie, "Bearer " + CALLBACK_SECRET);

        assertThat(antwoord.statusCode()).isEqualTo(503);
        assertThat(antwoord.body()).contains("\"status\":503");
    }

    @Test
    void notificationsPointingOutsideTheZaaksysteemAreRefused() throws Exception {
        String notificatie = """
                {"kanaal":"zaken","hoofdObject":"http://elders.example/zaken/api/v1/zaken/1","resource":"status",
                 "resourceUrl":"http://elders.example/zaken/api/v1/statussen/1","actie":"create"}""";

        var antwoord = callback(notificatie, "Bearer " + CALLBACK_SECRET);

        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(antwoord.body()).contains("outside the configured Zaken API");
    }

    /** The route's first call (its request, endpoint and answer reading) made with a secret the system refuses. */
    @Test
    void refusedCredentialsAreAConfigurationErrorNotARefusal() {
        var zgw = new ZgwAanroep(properties,
                new ZgwToken("midoffice", "een-verkeerd-geheim-van-minstens-32-bytes-lang", Clock.systemUTC()));
        var registratie = new ZaakRegistratie(properties, new ZaakBerichten(properties, Clock.systemUTC()));
        var opdracht = opdracht("9001", "melding-openbare-ruimte", BSN, false);

        Exchange aanroep = producerTemplate.send(ZgwAanroep.endpoint("zaken"), exchange -> {
            exchange.setProperty(Opdrachtroute.OPDRACHT, opdracht);
            registratie.voorwaarden(exchange);
            zgw.post("zaken", registratie::zaak).process(exchange);
        });

        assertThat(aanroep.getException()).isNull();
        assertThatThrownBy(() -> registratie.zaakAangemaakt(aanroep)).isInstanceOf(ZakenConfiguratieFout.class)
                .hasMessageContaining("POST /zaken/api/v1/zaken answered HTTP 401 not_authenticated");
        assertThat(zaaksysteem.ontvangen(opdracht.referentie())).isEmpty();
    }

    @Test
    void aMunicipalityWithoutRsinIsParkedWithItsReason() {
        var opdracht = opdracht("9999", "melding-openbare-ruimte", BSN, false);
        jms.setReceiveTimeout(WACHTTIJD.toMillis());

        stuur(opdracht);

        var deadLetter = jms.receiveSelected(Queues.deadLetterQueueOf(Queues.ZAKEN_ZAAK_REGISTREREN),
                Headers.JMS_AANVRAAG_ID + " = '" + opdracht.aanvraagId() + "'");
        assertThat(deadLetter).isNotNull();
        assertThat(jmsProperty(deadLetter, Headers.JMS_DEAD_LETTER_REASON))
                .isEqualTo("OnverwerkbaarBericht: No RSIN configured for gemeente 9999 (midoffice.adapters.zaken.rsins)");
        assertThat(jmsProperty(deadLetter, BetrouwbareAflevering.HERKOMST)).isEqualTo(Queues.ZAKEN_ZAAK_REGISTREREN);
    }

    private static String jmsProperty(jakarta.jms.Message bericht, String naam) {
        try {
            return bericht.getStringProperty(naam);
        } catch (jakarta.jms.JMSException e) {
            throw new AssertionError(e);
        }
    }

    private static ZaakRegistreren opdracht(String gemeente, String product, String bsn, boolean schaduw) {
        String aanvraagId = UUID.randomUUID().toString();
        String referentie = "MO-2026-" + aanvraagId.substring(0, 8).toUpperCase();
        return new ZaakRegistreren(UUID.randomUUID().toString(), UUID.randomUUID().toString(), aanvraagId, referentie,
                gemeente, product, bsn, "Melding openbare ruimte: straatverlichting", "De lantaarnpaal is kapot.",
                Map.of("categorie", "straatverlichting", "locatie.lat", "52.09", "locatie.lon", "5.12"),
                Instant.now(), schaduw);
    }

    private void stuur(ZaakRegistreren opdracht) {
        jms.send(Queues.ZAKEN_ZAAK_REGISTREREN, sessie -> {
            try {
                var bericht = sessie.createTextMessage(JSON.writeValueAsString(opdracht));
                bericht.setStringProperty(Headers.JMS_AANVRAAG_ID, opdracht.aanvraagId());
                bericht.setStringProperty(Headers.JMS_CORRELATION_ID, opdracht.correlationId());
                return bericht;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<BackofficeResultaat> resultaten(ZaakRegistreren opdracht) {
        return ZakenTestApplication.RESULTATEN.stream()
                .filter(r -> r.aanvraagId().equals(opdracht.aanvraagId())).toList();
    }

    /** Answers to the command itself (random message ids), not status changes from notifications. */
    private static List<BackofficeResultaat> registratieResultaten(ZaakRegistreren opdracht) {
        return resultaten(opdracht).stream().filter(r -> !uitNotificatie(r)).toList();
    }

    private static boolean uitNotificatie(BackofficeResultaat resultaat) {
        return UUID.fromString(resultaat.messageId()).version() == 3;
    }

    private static BackofficeResultaat eerste(ZaakRegistreren opdracht, AanvraagStatus status) {
        return await().atMost(WACHTTIJD).until(() -> registratieResultaten(opdracht).stream()
                .filter(r -> r.status() == status).findFirst().orElse(null), r -> r != null);
    }

    private static BackofficeResultaat uitNotificatie(ZaakRegistreren opdracht, AanvraagStatus status) {
        return await().atMost(WACHTTIJD).until(() -> resultaten(opdracht).stream()
                .filter(r -> uitNotificatie(r) && r.status() == status).findFirst().orElse(null), r -> r != null);
    }

    private HttpResponse<String> callback(String body, String authorization) throws Exception {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + NotificatieOntvangenRoute.PAD))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            verzoek.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The abonnementen at the zaaksysteem's Notificaties API with this adapter's callback URL. */
    private List<JsonNode> eigenAbonnementen() {
        String callbackUrl = "http://localhost:" + poort + NotificatieOntvangenRoute.PAD;
        List<JsonNode> eigen = new ArrayList<>();
        zaaksysteem.abonnementen().forEach(a -> {
            if (callbackUrl.equals(a.path("callbackUrl").asText())) {
                eigen.add(a);
            }
        });
        return eigen;
    }
}
