package nl.midoffice.midoffice.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

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
 * The console API on a real database and broker: a switch is recorded with the logged-in administrator, and the
 * overview counts what the real orchestration routed where (a shadow copy apart), with the trace of each aanvraag
 * behind it; shadow differences and dead letters can be inspected.
 */
class ConsoleApiIT extends ConsoleIT {

    static final String BERGDALER = "999999321";

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
    }

    @Test
    void aSwitchThroughTheConsoleIsRecordedWithTheAdministratorAndConfirmed() throws Exception {
        ConsoleSessie sessie = ingelogd();
        var antwoord = sessie.metCsrf("PUT", "/beheer/api/gemeenten/9002/capabilities/zaakregistratie", "{\"modus\":\"SHADOW\"}");
        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode wissel = json.readTree(antwoord.body());
        assertThat(wissel.get("naam").asString()).isEqualTo("Bergdal");
        assertThat(wissel.get("van").asString()).isEqualTo("LEGACY");
        assertThat(wissel.get("naar").asString()).isEqualTo("SHADOW");
        assertThat(wissel.get("gewijzigd").asBoolean()).isTrue();
        assertThat(wissel.get("systeem").asString()).isEqualTo("legacy-suite");
        assertThat(wissel.get("schaduwSysteem").asString()).isEqualTo("zaken");
        assertThat(wissel.get("door").asString()).isEqualTo("beheerder");

        CapabilityModi.Wissel vastgelegd = modi.wissels(1).get(0);
        assertThat(vastgelegd.gemeente()).isEqualTo("9002");
        assertThat(vastgelegd.capability()).isEqualTo(Capability.ZAAKREGISTRATIE);
        assertThat(vastgelegd.van()).isEqualTo(Modus.LEGACY);
        assertThat(vastgelegd.naar()).isEqualTo(Modus.SHADOW);
        assertThat(vastgelegd.door()).isEqualTo("beheerder");
        assertThat(modi.modus("9001", Capability.ZAAKREGISTRATIE)).as("Lindeveen untouched").isEqualTo(Modus.LEGACY);

        JsonNode overzicht = json.readTree(sessie.get("/beheer/api/overzicht").body());
        JsonNode stand = capability(overzicht, "9002", "zaakregistratie");
        assertThat(stand.get("modus").asString()).isEqualTo("SHADOW");
        assertThat(stand.get("gewijzigdDoor").asString()).isEqualTo("beheerder");
        assertThat(overzicht.get("wissels").get(0).get("door").asString()).isEqualTo("beheerder");

        var nogmaals = json.readTree(sessie.metCsrf("PUT", "/beheer/api/gemeenten/9002/capabilities/zaakregistratie",
                "{\"modus\":\"SHADOW\"}").body());
        assertThat(nogmaals.get("gewijzigd").asBoolean()).as("the same mode again changes nothing").isFalse();
        assertThat(modi.wissels(1).get(0).id()).isEqualTo(vastgelegd.id());

        assertThat(sessie.metCsrf("PUT", "/beheer/api/gemeenten/9002/capabilities/zaakregistratie", "{\"modus\":\"HALF\"}")
                .statusCode()).isEqualTo(400);
        assertThat(sessie.metCsrf("PUT", "/beheer/api/gemeenten/9002/capabilities/kapsalon", "{\"modus\":\"NEW\"}")
                .statusCode()).isEqualTo(404);
        assertThat(sessie.metCsrf("PUT", "/beheer/api/gemeenten/0363/capabilities/zaakregistratie", "{\"modus\":\"NEW\"}")
                .statusCode()).isEqualTo(404);
        assertThat(modi.modus("9002", Capability.ZAAKREGISTRATIE)).isEqualTo(Modus.SHADOW);
    }

    @Test
    void theOverviewCountsAnAanvraagWhereTheOrchestrationRoutedItAndShowsItsTrace() throws Exception {
        ConsoleSessie sessie = ingelogd();
        modi.wissel("9002", Capability.ZAAKREGISTRATIE, Modus.NEW, "test");
        long voor = primair(json.readTree(sessie.get("/beheer/api/overzicht").body()), "9002", "zaakregistratie", "zaken");

        var ingediend = send(HttpRequest.newBuilder(uri("/api/v1/aanvragen"))
                .header("Authorization", "Bearer " + Tokens.portaal(BERGDALER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"product":"melding-openbare-ruimte","gemeente":"9002","aanvrager":{"bsn":"%s"},
                         "gegevens":{"categorie":"groen","omschrijving":"Omgewaaide boom","locatie":{"postcode":"9002EF","huisnummer":23}}}"""
                        .formatted(BERGDALER))));
        assertThat(ingediend.statusCode()).isEqualTo(202);
        JsonNode ontvangst = json.readTree(ingediend.body());
        String id = ontvangst.get("id").asString();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                primair(json.readTree(sessie.get("/beheer/api/overzicht").body()), "9002", "zaakregistratie", "zaken"))
                .isEqualTo(voor + 1));
        var body = sessie.get("/beheer/api/overzicht").body();
        assertThat(body).as("no BSN in the overview").doesNotContain(BERGDALER);
        JsonNode overzicht = json.readTree(body);
        JsonNode recent = stroom(overzicht, "9002", "zaakregistratie", "zaken", false);
        assertThat(recent.get("recent").asLong()).as("routed just now: in the last 5 minutes").isPositive();
        assertThat(overzicht.get("instroom")).anySatisfy(i -> {
            assertThat(i.get("gemeente").asString()).isEqualTo("9002");
            assertThat(i.get("client").asString()).isEqualTo("frontoffice-portal");
            assertThat(i.get("totaal").asLong()).isPositive();
        });
        assertThat(overzicht.get("aanvragen")).anySatisfy(a -> {
            assertThat(a.get("id").asString()).isEqualTo(id);
            assertThat(a.get("referentie").asString()).isEqualTo(ontvangst.get("referentie").asString());
            assertThat(a.get("product").asString()).isEqualTo("melding-openbare-ruimte");
            assertThat(a.get("stappen").get(0).get("capability").asString()).isEqualTo("zaakregistratie");
            assertThat(a.get("stappen").get(0).get("systeem").asString()).isEqualTo("zaken");
        });

        var spoor = sessie.get("/beheer/api/aanvragen/" + id + "/spoor");
        assertThat(spoor.statusCode()).isEqualTo(200);
        assertThat(spoor.body()).as("no BSN in the trace").doesNotContain(BERGDALER);
        JsonNode trace = json.readTree(spoor.body());
        assertThat(trace.get("routering").get(0).get("systeem").asString()).isEqualTo("zaken");
        assertThat(trace.get("routering").get(0).get("modus").asString()).isEqualTo("NEW");
        assertThat(trace.get("hops")).anySatisfy(h -> assertThat(h.get("stap").asString()).isEqualTo("midoffice.intake"));
        assertThat(trace.get("statussen").get(0).get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(sessie.get("/beheer/api/aanvragen/00000000-0000-0000-0000-000000000000/spoor").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aShadowCopyIsCountedApartAndItsDifferencesCanBeInspected() throws Exception {
        ConsoleSessie sessie = ingelogd();
        assertThat(sessie.metCsrf("PUT", "/beheer/api/gemeenten/9002/capabilities/zaakregistratie", "{\"modus\":\"SHADOW\"}")
                .statusCode()).isEqualTo(200);
        long schaduwVoor = totaal(json.readTree(sessie.get("/beheer/api/overzicht").body()), "9002", "zaakregistratie",
                "zaken", true);
        String id = melding();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(totaal(
                json.readTree(sessie.get("/beheer/api/overzicht").body()), "9002", "zaakregistratie", "zaken", true))
                .as("the copy to zaken, counted as a shadow").isEqualTo(schaduwVoor + 1));

        // the test plays the two back offices: they disagree
        resultaat(id, "zaken", "AFGEWEZEN", "zaaktype onbekend", true);
        resultaat(id, "legacy-suite", "GEREGISTREERD", null, false);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode schaduw = json.readTree(sessie.get("/beheer/api/schaduwvergelijkingen").body());
            assertThat(schaduw.get("verschillen")).anySatisfy(v -> assertThat(v.get("aanvraagId").asString()).isEqualTo(id));
            assertThat(schaduw.get("tellingen")).anySatisfy(t -> {
                assertThat(t.get("gemeente").asString()).isEqualTo("9002");
                assertThat(t.get("capability").asString()).isEqualTo("zaakregistratie");
                assertThat(t.get("verschil").asLong()).isPositive();
            });
        });
        JsonNode verschil = null;
        for (JsonNode v : json.readTree(sessie.get("/beheer/api/schaduwvergelijkingen").body()).get("verschillen")) {
            if (v.get("aanvraagId").asString().equals(id)) {
                verschil = v;
            }
        }
        var detail = sessie.get("/beheer/api/schaduwvergelijkingen/" + verschil.get("id").asLong());
        assertThat(detail.statusCode()).isEqualTo(200);
        JsonNode vergelijking = json.readTree(detail.body());
        assertThat(vergelijking.get("uitkomst").asString()).isEqualTo("VERSCHIL");
        assertThat(vergelijking.get("legacySysteem").asString()).isEqualTo("legacy-suite");
        assertThat(vergelijking.get("nieuwSysteem").asString()).isEqualTo("zaken");
        assertThat(vergelijking.get("verschillen").get(0).asString()).contains("geregistreerd").contains("geweigerd");
        assertThat(sessie.get("/beheer/api/schaduwvergelijkingen/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void deadLettersAreListedAndAnUnknownOneCannotBeRetriedOrDiscarded() throws Exception {
        ConsoleSessie sessie = ingelogd();
        var lijst = sessie.get("/beheer/api/dead-letters");
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(json.readTree(lijst.body()).get("deadLetters").isArray()).isTrue();
        assertThat(sessie.metCsrf("POST", "/beheer/api/dead-letters/ID:bestaat-niet/opnieuw", null).statusCode())
                .isEqualTo(404);
        assertThat(sessie.metCsrf("DELETE", "/beheer/api/dead-letters/ID:bestaat-niet", null).statusCode()).isEqualTo(404);
    }

    private String melding() throws Exception {
        var ingediend = send(HttpRequest.newBuilder(uri("/api/v1/aanvragen"))
                .header("Authorization", "Bearer " + Tokens.portaal(BERGDALER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"product":"melding-openbare-ruimte","gemeente":"9002","aanvrager":{"bsn":"%s"},
                         "gegevens":{"categorie":"afval","omschrijving":"Volle bak","locatie":{"postcode":"9002EF","huisnummer":23}}}"""
                        .formatted(BERGDALER))));
        assertThat(ingediend.statusCode()).isEqualTo(202);
        return json.readTree(ingediend.body()).get("id").asString();
    }

    private void resultaat(String id, String systeem, String status, String reden, boolean schaduw) {
        jms.convertAndSend(Queues.BACKOFFICE_RESULTATEN, """
                {"messageId":"%s","correlationId":"c","aanvraagId":"%s","systeem":"%s","capability":"ZAAKREGISTRATIE",
                 "status":"%s","zaakIdentificatie":"Z-1","reden":%s,"tijdstip":"%s","schaduw":%s}"""
                .formatted(UUID.randomUUID(), id, systeem, status, reden == null ? "null" : "\"" + reden + "\"",
                        Instant.now(), schaduw));
    }

    private static JsonNode capability(JsonNode overzicht, String gemeente, String capability) {
        for (JsonNode g : overzicht.get("gemeenten")) {
            if (g.get("gemeente").asString().equals(gemeente)) {
                for (JsonNode c : g.get("capabilities")) {
                    if (c.get("capability").asString().equals(capability)) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no " + capability + " in " + gemeente);
    }

    private static long primair(JsonNode overzicht, String gemeente, String capability, String systeem) {
        return totaal(overzicht, gemeente, capability, systeem, false);
    }

    private static long totaal(JsonNode overzicht, String gemeente, String capability, String systeem, boolean schaduw) {
        JsonNode s = stroom(overzicht, gemeente, capability, systeem, schaduw);
        return s == null ? 0 : s.get("totaal").asLong();
    }

    private static JsonNode stroom(JsonNode overzicht, String gemeente, String capability, String systeem,
            boolean schaduw) {
        for (JsonNode s : overzicht.get("stromen")) {
            if (s.get("gemeente").asString().equals(gemeente) && s.get("capability").asString().equals(capability)
                    && s.get("systeem").asString().equals(systeem) && s.get("schaduw").asBoolean() == schaduw) {
                return s;
            }
        }
        return null;
    }
}
