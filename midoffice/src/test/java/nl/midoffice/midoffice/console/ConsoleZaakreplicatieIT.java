package nl.midoffice.midoffice.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.jms.TextMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.Tokens;
import nl.midoffice.midoffice.capability.CapabilityModi;
import nl.midoffice.midoffice.capability.Modus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finishing zaakregistratie from the console on a real database and broker: copying puts the registration command
 * of a legacy zaak on the zaken adapter's queue (the adapters are off, so it stays there to be read), finishing is
 * refused with a Dutch problem while zaakregistratie is not NEW and moves the replicated zaak over once it is, and
 * neither works without the CSRF token.
 */
class ConsoleZaakreplicatieIT extends ConsoleIT {

    static final String BERGDALER = "999999321";
    private static final String PAD = "/beheer/api/gemeenten/9002/zaakreplicatie";

    @Autowired
    CapabilityModi modi;
    @Autowired
    JmsTemplate jms;

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
    void copyingSendsTheLegacyZakenToTheZakenSystemAndFinishingWaitsForNew() throws Exception {
        ConsoleSessie sessie = ingelogd();
        String id = legacyZaak();
        JsonNode voor = stand(sessie);
        assertThat(voor.get("naam").asString()).isEqualTo("Bergdal");
        assertThat(voor.get("zaakregistratie").asString()).isEqualTo("LEGACY");
        assertThat(voor.get("afrondenMogelijk").asBoolean()).isFalse();
        assertThat(voor.get("nogInLegacy").asLong()).as("our zaak waits to be copied").isPositive();

        assertThat(sessie.zonderCsrf("POST", PAD, null).statusCode()).as("no copy without the CSRF token").isEqualTo(403);
        assertThat(stand(sessie).get("verzonden").asLong()).isEqualTo(voor.get("verzonden").asLong());

        var gestart = sessie.metCsrf("POST", PAD, null);
        assertThat(gestart.statusCode()).isEqualTo(202);
        JsonNode kopie = json.readTree(gestart.body());
        assertThat(kopie.get("actie").asString()).isEqualTo("KOPIEREN");
        assertThat(kopie.get("aantal").asLong()).as("what waits to be copied").isEqualTo(voor.get("nogInLegacy").asLong());
        assertThat(kopie.get("door").asString()).isEqualTo("beheerder");
        // the elected instance copies in the background
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode gekopieerd = stand(sessie);
            assertThat(gekopieerd.get("nogInLegacy").asLong()).isZero();
            assertThat(gekopieerd.get("verzonden").asLong())
                    .isEqualTo(voor.get("verzonden").asLong() + kopie.get("aantal").asLong());
        });

        var opdracht = (TextMessage) jms.receiveSelected(Queues.ZAKEN_ZAAK_REGISTREREN, "midofficeAanvraagId = '" + id + "'");
        assertThat(opdracht).as("the copy's command on the zaken adapter's queue").isNotNull();
        JsonNode registratie = json.readTree(opdracht.getText());
        assertThat(registratie.get("aanvraagId").asString()).isEqualTo(id);
        assertThat(registratie.get("schaduw").asBoolean()).as("a copy says nothing to the citizen").isTrue();
        assertThat(registratie.get("gemeente").asString()).isEqualTo("9002");

        resultaat(id, "zaken", "GEREGISTREERD", true);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(stand(sessie).get("gerepliceerd").asLong())
                .isEqualTo(voor.get("gerepliceerd").asLong() + 1));

        var teVroeg = sessie.metCsrf("POST", PAD + "/afronden", null);
        assertThat(teVroeg.statusCode()).as("not while the legacy suite still registers").isEqualTo(409);
        assertThat(teVroeg.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(teVroeg.body()).get("detail").asString()).contains("Zet zaakregistratie eerst op NEW");
        assertThat(zaakSysteem(sessie, id)).isEqualTo("legacy-suite");

        assertThat(sessie.metCsrf("PUT", "/beheer/api/gemeenten/9002/capabilities/zaakregistratie", "{\"modus\":\"NEW\"}")
                .statusCode()).isEqualTo(200);
        JsonNode nieuw = stand(sessie);
        assertThat(nieuw.get("afrondenMogelijk").asBoolean()).isTrue();
        assertThat(sessie.zonderCsrf("POST", PAD + "/afronden", null).statusCode())
                .as("no finishing without the CSRF token").isEqualTo(403);
        assertThat(zaakSysteem(sessie, id)).isEqualTo("legacy-suite");

        var afgerond = sessie.metCsrf("POST", PAD + "/afronden", null);
        assertThat(afgerond.statusCode()).isEqualTo(200);
        JsonNode overgezet = json.readTree(afgerond.body());
        assertThat(overgezet.get("actie").asString()).isEqualTo("AFRONDEN");
        assertThat(overgezet.get("aantal").asLong()).isPositive();
        assertThat(overgezet.get("stand").get("overgezet").asLong())
                .isEqualTo(nieuw.get("overgezet").asLong() + overgezet.get("aantal").asLong());
        assertThat(zaakSysteem(sessie, id)).as("the zaak now lives in the zaken system").isEqualTo("zaken");

        JsonNode overzicht = json.readTree(sessie.get("/beheer/api/overzicht").body());
        assertThat(overzicht.get("zaakreplicatie")).anySatisfy(r -> {
            assertThat(r.get("gemeente").asString()).isEqualTo("9002");
            assertThat(r.get("overgezet").asLong()).isEqualTo(overgezet.get("stand").get("overgezet").asLong());
        });
    }

    @Test
    void theConsolePageShowsTheReplicationWithFinishingDisabledWhileNotNew() throws Exception {
        ConsoleSessie sessie = ingelogd();
        String pagina = sessie.get("/beheer").body();
        assertThat(pagina).contains("id=\"replicatie-9002\"").contains("id=\"replicatie-kopieren-9002\"")
                .contains("Legacy-zaken kopiëren naar het zaaksysteem");
        assertThat(pagina).containsPattern("<button[^>]*id=\"replicatie-afronden-9002\"[^>]*disabled");
        assertThat(pagina).contains("Overzetten kan pas als zaakregistratie op NEW staat (nu LEGACY)");
        assertThat(sessie.get("/beheer/api/gemeenten/0363/zaakreplicatie").statusCode()).isEqualTo(404);
        assertThat(sessie().get(PAD).statusCode()).as("not without a session").isEqualTo(401);
    }

    /** A Bergdal melding that the legacy suite registered (the test plays its adapter). */
    private String legacyZaak() throws Exception {
        var ingediend = send(HttpRequest.newBuilder(uri("/api/v1/aanvragen"))
                .header("Authorization", "Bearer " + Tokens.portaal(BERGDALER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"product":"melding-openbare-ruimte","gemeente":"9002","aanvrager":{"bsn":"%s"},
                         "gegevens":{"categorie":"afval","omschrijving":"Volle bak","locatie":{"postcode":"9002EF","huisnummer":23}}}"""
                        .formatted(BERGDALER))));
        assertThat(ingediend.statusCode()).isEqualTo(202);
        String id = json.readTree(ingediend.body()).get("id").asString();
        assertThat(jms.receiveSelected(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, "midofficeAanvraagId = '" + id + "'"))
                .as("routed to the legacy suite").isNotNull();
        resultaat(id, "legacy-suite", "GEREGISTREERD", false);
        ConsoleSessie sessie = ingelogd();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(zaakSysteem(sessie, id))
                .isEqualTo("legacy-suite"));
        return id;
    }

    private JsonNode stand(ConsoleSessie sessie) throws Exception {
        var antwoord = sessie.get(PAD);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return json.readTree(antwoord.body());
    }

    private String zaakSysteem(ConsoleSessie sessie, String id) throws Exception {
        JsonNode zaak = json.readTree(sessie.get("/beheer/api/aanvragen/" + id + "/spoor").body()).get("zaakSysteem");
        return zaak == null || zaak.isNull() ? null : zaak.asString();
    }

    private void resultaat(String id, String systeem, String status, boolean schaduw) {
        jms.convertAndSend(Queues.BACKOFFICE_RESULTATEN, """
                {"messageId":"%s","correlationId":"c","aanvraagId":"%s","systeem":"%s","capability":"ZAAKREGISTRATIE",
                 "status":"%s","zaakIdentificatie":"Z-%s","reden":null,"tijdstip":"%s","schaduw":%s}"""
                .formatted(UUID.randomUUID(), id, systeem, status, systeem, Instant.now(), schaduw));
    }
}
