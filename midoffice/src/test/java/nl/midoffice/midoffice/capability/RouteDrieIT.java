package nl.midoffice.midoffice.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.TextMessage;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.MidofficeIT;
import nl.midoffice.midoffice.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Route 3 inside the mid-office, on a real database and broker, with the test playing the back offices on their
 * queues: the modes API, the strangler router per municipality, SHADOW as a parallel run, the steps of the three
 * products, the verwerkingenlogging, and a step that stays with the system it was routed to across a switch.
 */
class RouteDrieIT extends MidofficeIT {

    static final String BURGER = "999993653";
    static final String ANDERE_BURGER = "999995492";
    static final String BEHEERDER = "Basic " + Base64.getEncoder().encodeToString("beheerder:demo".getBytes());
    static final String CAPABILITIES = "/api/v1/beheer/gemeenten/9002/capabilities";

    @Autowired
    JmsTemplate jms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CapabilityModi modi;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    @AfterEach
    void bergdalOpRouteEen() {
        for (Capability c : Capability.values()) {
            modi.wissel("9002", c, Modus.LEGACY, "test");
        }
        jms.setReceiveTimeout(15_000);
    }

    @Test
    void modesAreReadAndSwitchedByTheAdministratorOnlyAndEverySwitchIsRecorded() throws Exception {
        var lijst = send(HttpRequest.newBuilder(uri(CAPABILITIES)).header("Authorization", BEHEERDER));
        assertThat(lijst.statusCode()).isEqualTo(200);
        JsonNode gemeente = json.readTree(lijst.body());
        assertThat(gemeente.get("naam").asString()).isEqualTo("Bergdal");
        assertThat(gemeente.get("capabilities")).extracting(c -> c.get("capability").asString() + "=" + c.get("modus").asString())
                .containsExactly("persoonsgegevens=LEGACY", "zaakregistratie=LEGACY", "vergunningen=LEGACY");

        var zonderLogin = send(put(CAPABILITIES + "/zaakregistratie", "{\"modus\":\"NEW\"}", null));
        assertThat(zonderLogin.statusCode()).isEqualTo(401);
        var portaal = send(put(CAPABILITIES + "/zaakregistratie", "{\"modus\":\"NEW\"}", "Bearer " + Tokens.portaal(BURGER)));
        assertThat(portaal.statusCode()).isIn(401, 403);

        var wissel = send(put(CAPABILITIES + "/zaakregistratie", "{\"modus\":\"SHADOW\"}", BEHEERDER));
        assertThat(wissel.statusCode()).isEqualTo(200);
        assertThat(json.readTree(wissel.body()).get("modus").asString()).isEqualTo("SHADOW");
        assertThat(json.readTree(wissel.body()).get("gewijzigdDoor").asString()).isEqualTo("beheerder");
        assertThat(modi.modus("9001", Capability.ZAAKREGISTRATIE)).as("Lindeveen untouched").isEqualTo(Modus.LEGACY);

        var wissels = json.readTree(send(HttpRequest.newBuilder(uri("/api/v1/beheer/capability-wissels?max=1"))
                .header("Authorization", BEHEERDER)).body()).get("wissels").get(0);
        assertThat(wissels.get("gemeente").asString()).isEqualTo("9002");
        assertThat(wissels.get("van").asString()).isEqualTo("LEGACY");
        assertThat(wissels.get("naar").asString()).isEqualTo("SHADOW");
        assertThat(wissels.get("door").asString()).isEqualTo("beheerder");

        var fout = send(put(CAPABILITIES + "/zaakregistratie", "{\"modus\":\"HALF\"}", BEHEERDER));
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(send(put(CAPABILITIES + "/zaakregistratie", "{}", BEHEERDER)).statusCode()).isEqualTo(400);
        assertThat(send(put(CAPABILITIES + "/kapsalon", "{\"modus\":\"NEW\"}", BEHEERDER)).statusCode()).isEqualTo(404);
        assertThat(send(put("/api/v1/beheer/gemeenten/0363/capabilities/zaakregistratie", "{\"modus\":\"NEW\"}",
                BEHEERDER)).statusCode()).isEqualTo(404);
        assertThat(modi.modus("9002", Capability.ZAAKREGISTRATIE)).as("refused switches change nothing").isEqualTo(Modus.SHADOW);
    }

    @Test
    void eachModeSendsAMeldingWhereItShouldAndLindeveenStaysOnTheLegacySuite() throws Exception {
        String legacy = melding("9002");
        assertThat(opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, legacy)).isNotNull();

        modi.wissel("9002", Capability.ZAAKREGISTRATIE, Modus.SHADOW, "test");
        String schaduw = melding("9002");
        JsonNode primair = opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, schaduw);
        JsonNode kopie = opdracht(Queues.ZAKEN_ZAAK_REGISTREREN, schaduw);
        assertThat(primair.get("schaduw").asBoolean()).isFalse();
        assertThat(kopie.get("schaduw").asBoolean()).as("the zaken system gets the same call as a shadow").isTrue();
        assertThat(kopie.get("referentie").asString()).isEqualTo(primair.get("referentie").asString());

        modi.wissel("9002", Capability.ZAAKREGISTRATIE, Modus.NEW, "test");
        String nieuw = melding("9002");
        assertThat(opdracht(Queues.ZAKEN_ZAAK_REGISTREREN, nieuw)).isNotNull();
        String lindeveen = melding("9001");
        assertThat(opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, lindeveen)).isNotNull();

        jms.setReceiveTimeout(1000);
        assertThat(jms.receiveSelected(Queues.ZAKEN_ZAAK_REGISTREREN, "midofficeAanvraagId = '" + legacy + "'")).isNull();
        assertThat(jms.receiveSelected(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, "midofficeAanvraagId = '" + nieuw + "'")).isNull();
        assertThat(jms.receiveSelected(Queues.ZAKEN_ZAAK_REGISTREREN, "midofficeAanvraagId = '" + lindeveen + "'")).isNull();
    }

    @Test
    void inShadowTheLegacyAnswerCountsForTheCitizenAndTheNewAnswerIsOnlyCompared() throws Exception {
        modi.wissel("9002", Capability.ZAAKREGISTRATIE, Modus.SHADOW, "test");
        String id = melding("9002");
        opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, id);
        opdracht(Queues.ZAKEN_ZAAK_REGISTREREN, id);

        resultaat(id, "zaken", "ZAAKREGISTRATIE", "VERTRAAGD", null, true);
        resultaat(id, "zaken", "ZAAKREGISTRATIE", "AFGEWEZEN", "zaaktype onbekend", true);
        resultaat(id, "legacy-suite", "ZAAKREGISTRATIE", "GEREGISTREERD", null, false);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(vergelijking(id)).isEqualTo("VERSCHIL"));
        assertThat(status(id)).as("the shadow's delay and refusal never reach the citizen").isEqualTo("GEREGISTREERD");
        assertThat(historie(id)).containsExactly("ONTVANGEN", "GEREGISTREERD");

        var verschillen = json.readTree(send(HttpRequest.newBuilder(
                uri("/api/v1/beheer/schaduwvergelijkingen?alleenVerschillen=true")).header("Authorization", BEHEERDER)).body());
        assertThat(verschillen.get("vergelijkingen")).anySatisfy(v -> {
            assertThat(v.get("aanvraagId").asString()).isEqualTo(id);
            assertThat(v.get("verschillen").get(0).asString()).contains("registratie").contains("geregistreerd").contains("geweigerd");
        });
        assertThat(verschillen.get("tellingen")).anySatisfy(t -> {
            assertThat(t.get("gemeente").asString()).isEqualTo("9002");
            assertThat(t.get("capability").asString()).isEqualTo("ZAAKREGISTRATIE");
            assertThat(t.get("verschil").asLong()).isPositive();
        });
    }

    @Test
    void aParkingPermitLooksUpThePersonRegistersTheZaakAndAsksForADecisionThatEndsIt() throws Exception {
        String id = parkeervergunning("9001", BURGER);
        JsonNode vraag = opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id);
        assertThat(vraag.get("bsn").asString()).isEqualTo(BURGER);
        assertThat(vraag.get("doel").asString()).isEqualTo("parkeervergunning");
        persoon(vraag, "legacy-suite", "9001", "Dorpsstraat", false);

        JsonNode zaak = opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, id);
        assertThat(zaak.get("product").asString()).isEqualTo("parkeervergunning");
        resultaat(id, "legacy-suite", "ZAAKREGISTRATIE", "GEREGISTREERD", null, false);

        JsonNode vergunning = opdracht(Queues.LEGACY_SUITE_VERGUNNING_AANVRAGEN, id);
        assertThat(vergunning.get("kenteken").asString()).isEqualTo("AB123C");
        assertThat(vergunning.get("adres").get("straat").asString()).as("the address from the lookup").isEqualTo("Dorpsstraat");
        resultaat(id, "legacy-suite", "ZAAKREGISTRATIE", "AFGEHANDELD", null, false);
        resultaat(id, "legacy-suite", "VERGUNNINGEN", "IN_BEHANDELING", null, false);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(id)).isEqualTo("IN_BEHANDELING"));
        assertThat(status(id)).as("closing the zaak is not the permit decision").isEqualTo("IN_BEHANDELING");

        resultaat(id, "legacy-suite", "VERGUNNINGEN", "AFGEHANDELD", "Uw parkeervergunning is verleend.", false);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(id)).isEqualTo("AFGEHANDELD"));
        assertThat(historie(id)).containsExactly("ONTVANGEN", "GEREGISTREERD", "IN_BEHANDELING", "AFGEHANDELD");

        var mijn = json.readTree(send(HttpRequest.newBuilder(uri("/api/v1/verwerkingen"))
                .header("Authorization", "Bearer " + Tokens.portaal(BURGER))).body()).get("verwerkingen");
        assertThat(mijn).anySatisfy(v -> {
            assertThat(v.get("aanvraagReferentie").asString()).isEqualTo(zaak.get("referentie").asString());
            assertThat(v.get("verwerkingsactiviteit").asString()).isEqualTo("parkeervergunning");
            assertThat(v.get("systeem").asString()).isEqualTo("legacy-suite");
            assertThat(v.get("grondslag").asString()).isNotBlank();
            assertThat(v.get("verwerkendeOrganisatie").asString()).isEqualTo("Gemeente Lindeveen");
            assertThat(v.get("soortenGegevens")).isNotEmpty();
        });
        var anderen = send(HttpRequest.newBuilder(uri("/api/v1/verwerkingen"))
                .header("Authorization", "Bearer " + Tokens.portaal(ANDERE_BURGER))).body();
        assertThat(anderen).doesNotContain(zaak.get("referentie").asString());
        var beheer = send(HttpRequest.newBuilder(uri("/api/v1/beheer/verwerkingen?aanvraag=" + id))
                .header("Authorization", BEHEERDER)).body();
        assertThat(beheer).contains("\"objectId\":\"*****3653\"").doesNotContain(BURGER);
    }

    /** Whoever can post a decision (a forged or replayed callback) cannot decide an aanvraag that waits for none. */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aPermitDecisionForAnAanvraagThatWaitsForNoneOrARepeatedOneChangesNothing(CapturedOutput uitvoer)
            throws Exception {
        String id = parkeervergunning("9001", BURGER);
        JsonNode vraag = opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id);
        resultaat(id, "legacy-suite", "VERGUNNINGEN", "AFGEHANDELD", "Vervalst.", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> uitvoer.getOut().contains(id + ": AFGEHANDELD from"));
        assertThat(status(id)).as("before its permit step").isEqualTo("ONTVANGEN");

        persoon(vraag, "legacy-suite", "9001", "Dorpsstraat", false);
        opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, id);
        resultaat(id, "legacy-suite", "ZAAKREGISTRATIE", "GEREGISTREERD", null, false);
        opdracht(Queues.LEGACY_SUITE_VERGUNNING_AANVRAGEN, id);
        resultaat(id, "legacy-suite", "VERGUNNINGEN", "AFGEHANDELD", "Uw parkeervergunning is verleend.", false);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(id)).isEqualTo("AFGEHANDELD"));

        resultaat(id, "legacy-suite", "VERGUNNINGEN", "AFGEWEZEN", "Vervalst.", false);
        resultaat(id, "legacy-suite", "VERGUNNINGEN", "AFGEHANDELD", "Vervalst.", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> uitvoer.getOut().split(
                id + ": permit decision A[A-Z]+ from legacy-suite ignored, it waits for none", -1).length == 3);
        assertThat(status(id)).isEqualTo("AFGEHANDELD");
        assertThat(historie(id)).containsExactly("ONTVANGEN", "GEREGISTREERD", "AFGEHANDELD");
        assertThat(aanvraag(id).get("statusToelichting").asString()).isEqualTo("Uw parkeervergunning is verleend.");
        assertThat(uitvoer.getOut()).doesNotContain(BURGER);
    }

    @Test
    void aVerhuizingOfSomeoneWhoLivesElsewhereIsRefusedWithAReason() throws Exception {
        String id = verhuizing("9002", BURGER);
        JsonNode vraag = opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id);
        persoon(vraag, "legacy-suite", "9001", "Dorpsstraat", false);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(id)).isEqualTo("AFGEWEZEN"));
        assertThat(aanvraag(id).get("statusToelichting").asString()).contains("niet in de gemeente Bergdal");
        jms.setReceiveTimeout(1000);
        assertThat(jms.receiveSelected(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, "midofficeAanvraagId = '" + id + "'"))
                .as("no zaak for a refused aanvraag").isNull();
    }

    @Test
    void aShadowLookupAtTheBrpIsComparedAndTheDifferenceCanBeInspected() throws Exception {
        modi.wissel("9002", Capability.PERSOONSGEGEVENS, Modus.SHADOW, "test");
        String id = verhuizing("9002", BURGER);
        JsonNode legacyVraag = opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id);
        JsonNode brpVraag = opdracht(Queues.BRP_PERSOON_OPVRAGEN, id);
        assertThat(brpVraag.get("schaduw").asBoolean()).isTrue();
        persoon(brpVraag, "brp", "9002", "Nieuwe Gracht", true);
        persoon(legacyVraag, "legacy-suite", "9002", "Oude Gracht", false);

        assertThat(opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, id)).as("the legacy answer goes on").isNotNull();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(vergelijking(id)).isEqualTo("VERSCHIL"));
        String verschillen = jdbc.sql("select verschillen from schaduw_vergelijking where aanvraag_id = :id")
                .param("id", UUID.fromString(id)).query(String.class).single();
        assertThat(verschillen).isEqualTo("adres.straat: legacy \"Oude Gracht\" / nieuw \"Nieuwe Gracht\"");
        assertThat(jdbc.sql("select count(*) from verwerkingsactie where aanvraag_id = :id").param("id", UUID.fromString(id))
                .query(Long.class).single()).as("both lookups are processing of personal data").isEqualTo(2);
    }

    @Test
    void aStepStaysWithTheSystemItWasRoutedToWhenTheModeSwitchesWhileItIsInFlight() throws Exception {
        String id = melding("9002");
        assertThat(opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, id)).isNotNull();
        modi.wissel("9002", Capability.ZAAKREGISTRATIE, Modus.NEW, "test");

        // the command went missing: the resend goes where the step was routed, not where the mode points now
        jdbc.sql("update aanvraag set gewijzigd_op = now() - interval '1 hour' where id = :id")
                .param("id", UUID.fromString(id)).update();
        herstel.herzend();
        assertThat(opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, id)).isNotNull();
        jms.setReceiveTimeout(1000);
        assertThat(jms.receiveSelected(Queues.ZAKEN_ZAAK_REGISTREREN, "midofficeAanvraagId = '" + id + "'")).isNull();

        resultaat(id, "zaken", "ZAAKREGISTRATIE", "GEREGISTREERD", null, false);
        resultaat(id, "legacy-suite", "ZAAKREGISTRATIE", "GEREGISTREERD", null, false);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(id)).isEqualTo("GEREGISTREERD"));
        assertThat(jdbc.sql("select zaak_systeem from aanvraag where id = :id").param("id", UUID.fromString(id))
                .query(String.class).single()).isEqualTo("legacy-suite");
    }

    @Test
    void legacyZakenAreReplicatedToTheZakenSystemAndMovedOverOnceZaakregistratieIsNew() throws Exception {
        String id = melding("9002");
        opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, id);
        resultaat(id, "legacy-suite", "ZAAKREGISTRATIE", "GEREGISTREERD", null, false);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(id)).isEqualTo("GEREGISTREERD"));

        var gestart = send(HttpRequest.newBuilder(uri("/api/v1/beheer/gemeenten/9002/zaakreplicatie"))
                .header("Authorization", BEHEERDER).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(gestart.statusCode()).isEqualTo(202);
        jms.setReceiveTimeout(15_000); // copied in the background by the elected instance
        JsonNode kopie = opdracht(Queues.ZAKEN_ZAAK_REGISTREREN, id);
        assertThat(kopie.get("referentie").asString()).isNotBlank();
        resultaat(id, "zaken", "ZAAKREGISTRATIE", "GEREGISTREERD", null, true);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql(
                "select status from zaak_replicatie where aanvraag_id = :id").param("id", UUID.fromString(id))
                .query(String.class).single()).isEqualTo("GEREPLICEERD"));
        assertThat(historie(id)).as("replication says nothing to the citizen").containsExactly("ONTVANGEN", "GEREGISTREERD");

        var teVroeg = send(HttpRequest.newBuilder(uri("/api/v1/beheer/gemeenten/9002/zaakreplicatie/afronden"))
                .header("Authorization", BEHEERDER).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(teVroeg.statusCode()).as("not while the legacy suite still registers").isEqualTo(409);

        modi.wissel("9002", Capability.ZAAKREGISTRATIE, Modus.NEW, "test");
        var afgerond = send(HttpRequest.newBuilder(uri("/api/v1/beheer/gemeenten/9002/zaakreplicatie/afronden"))
                .header("Authorization", BEHEERDER).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(afgerond.statusCode()).isEqualTo(200);
        assertThat(json.readTree(afgerond.body()).get("overgezet").asLong()).isPositive();

        resultaat(id, "legacy-suite", "ZAAKREGISTRATIE", "IN_BEHANDELING", null, false);
        resultaat(id, "zaken", "ZAAKREGISTRATIE", "AFGEHANDELD", "Opgelost", false);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(id)).isEqualTo("AFGEHANDELD"));
        assertThat(historie(id)).as("after the move the zaken system speaks, the legacy suite no longer")
                .containsExactly("ONTVANGEN", "GEREGISTREERD", "AFGEHANDELD");
    }

    @Autowired
    nl.midoffice.midoffice.orchestratie.Herstel herstel;

    // --- the test plays the portal and the adapters

    private String melding(String gemeente) throws Exception {
        return indienen("""
                {"product":"melding-openbare-ruimte","gemeente":"%s","aanvrager":{"bsn":"%s"},
                 "gegevens":{"categorie":"afval","omschrijving":"Zakken naast de container",
                             "locatie":{"postcode":"1234AB","huisnummer":12}}}""".formatted(gemeente, BURGER), BURGER);
    }

    private String verhuizing(String gemeente, String bsn) throws Exception {
        return indienen("""
                {"product":"verhuizing","gemeente":"%s","aanvrager":{"bsn":"%s"},
                 "gegevens":{"nieuwAdres":{"postcode":"1234AB","huisnummer":3},"verhuisdatum":"%s","meeverhuizers":[]}}"""
                .formatted(gemeente, bsn, LocalDate.now()), bsn);
    }

    private String parkeervergunning(String gemeente, String bsn) throws Exception {
        return indienen("""
                {"product":"parkeervergunning","gemeente":"%s","aanvrager":{"bsn":"%s"},
                 "gegevens":{"kenteken":"AB-123-C","ingangsdatum":"%s"}}""".formatted(gemeente, bsn, LocalDate.now()), bsn);
    }

    private String indienen(String body, String bsn) throws Exception {
        var antwoord = send(HttpRequest.newBuilder(uri("/api/v1/aanvragen"))
                .header("Authorization", "Bearer " + Tokens.portaal(bsn)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        return json.readTree(antwoord.body()).get("id").asString();
    }

    private JsonNode opdracht(String queue, String aanvraagId) throws Exception {
        var bericht = (TextMessage) jms.receiveSelected(queue, "midofficeAanvraagId = '" + aanvraagId + "'");
        assertThat(bericht).as("a command on " + queue).isNotNull();
        return json.readTree(bericht.getText());
    }

    private void persoon(JsonNode vraag, String systeem, String gemeente, String straat, boolean schaduw) {
        jms.convertAndSend(Queues.PERSOONSGEGEVENS_RESULTATEN, """
                {"messageId":"%s","opdrachtId":"%s","correlationId":"%s","aanvraagId":"%s","systeem":"%s",
                 "gevonden":true,"persoon":{"bsn":"%s","voornamen":"Jan","voorvoegsel":"de","geslachtsnaam":"Vries",
                   "geboortedatum":"1980-01-01","adres":{"straat":"%s","huisnummer":1,"postcode":"1234AB",
                   "woonplaats":"Bergdal"},"gemeenteVanInschrijving":"%s"},
                 "gevraagdeGegevens":["naam","verblijfplaats"],"schaduw":%s,"tijdstip":"%s"}"""
                .formatted(UUID.randomUUID(), vraag.get("messageId").asString(), vraag.get("correlationId").asString(),
                        vraag.get("aanvraagId").asString(), systeem, vraag.get("bsn").asString(), straat, gemeente,
                        schaduw, Instant.now()));
    }

    private void resultaat(String id, String systeem, String capability, String status, String reden, boolean schaduw) {
        jms.convertAndSend(Queues.BACKOFFICE_RESULTATEN, """
                {"messageId":"%s","correlationId":"c","aanvraagId":"%s","systeem":"%s","capability":"%s",
                 "status":"%s","zaakIdentificatie":"Z-1","reden":%s,"tijdstip":"%s","schaduw":%s}"""
                .formatted(UUID.randomUUID(), id, systeem, capability, status,
                        reden == null ? "null" : "\"" + reden + "\"", Instant.now(), schaduw));
    }

    private String status(String id) {
        return jdbc.sql("select status from aanvraag where id = :id").param("id", UUID.fromString(id))
                .query(String.class).single();
    }

    private java.util.List<String> historie(String id) {
        return jdbc.sql("select status from aanvraag_status where aanvraag_id = :id order by id")
                .param("id", UUID.fromString(id)).query(String.class).list();
    }

    private String vergelijking(String id) {
        return jdbc.sql("select uitkomst from schaduw_vergelijking where aanvraag_id = :id")
                .param("id", UUID.fromString(id)).query(String.class).optional().orElse("GEEN");
    }

    private JsonNode aanvraag(String id) throws Exception {
        return json.readTree(send(HttpRequest.newBuilder(uri("/api/v1/aanvragen/" + id))
                .header("Authorization", "Bearer " + Tokens.portaal(BURGER))).body());
    }

    private HttpRequest.Builder put(String pad, String body, String authorization) {
        var request = HttpRequest.newBuilder(uri(pad)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return authorization == null ? request : request.header("Authorization", authorization);
    }
}
