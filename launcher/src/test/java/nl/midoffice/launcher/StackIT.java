package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole path on the real stack, started the way README command 1 starts it (each app its own JVM):
 * a citizen submits a melding in the portal; the mid-office takes it over Artemis to the legacy-suite
 * adapter; the suite registers exactly one zaak; a clerk moves it in the werkbak; the portal shows every
 * status. With Docker, PostgreSQL and Artemis run in containers; without, embedded in the mid-office.
 */
@ExtendWith(StackExtension.class)
@Order(1)
class StackIT {

    private static final String BSN = "999993653";
    private static final Pattern AANVRAAG_ID = Pattern.compile("/mijn-aanvragen/([0-9a-f-]{36})");
    private static final Pattern REFERENTIE = Pattern.compile("data-testid=\"referentie\"[^>]*>\\s*([A-Z0-9-]+)");
    private static final Pattern STATUS = Pattern.compile("data-status=\"([A-Z_]+)\"");

    @Test
    void everyBackOfficeSimulatorIsUpWithItsControlApi(TestStack stack) throws Exception {
        StackConfig c = stack.config();
        var http = java.net.http.HttpClient.newHttpClient();
        // the mid-office stays ready once its adapters have subscribed to their systems (a stopped route made it DOWN)
        var gereed = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                + c.midofficePort() + "/actuator/health/readiness")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(gereed.statusCode()).as("readiness: %s", gereed.body()).isEqualTo(200);
        for (int port : new int[] {c.simulatorPort(), c.brpPort(), c.zakenPort(), c.vergunningenPort()}) {
            for (String pad : new String[] {"/simulator/ontvangen", "/simulator/gedrag", "/"}) {
                var antwoord = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + pad)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(antwoord.statusCode()).as("GET %s on port %d", pad, port).isEqualTo(200);
            }
        }
    }

    @Test
    void verhuizingAndParkeervergunningReachTheWerkbakOnRouteOne(TestStack stack) throws Exception {
        MidofficeApi api = stack.api();
        String verhuisdatum = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7).toString();
        String verhuizing = api.dienIn("verhuizing", "9001", """
                {"nieuwAdres":{"postcode":"9001AC","huisnummer":30},"verhuisdatum":"%s","meeverhuizers":["999995492"]}"""
                .formatted(verhuisdatum));
        String vergunning = api.dienIn("parkeervergunning", "9001", """
                {"kenteken":"AB-123-C","ingangsdatum":"%s"}""".formatted(verhuisdatum));

        for (String id : new String[] {verhuizing, vergunning}) {
            var zaken = await().atMost(Duration.ofSeconds(60)).until(() -> stack.simulator().zakenVoor(id),
                    z -> !z.isEmpty());
            assertThat(zaken).hasSize(1);
        }
        assertThat(stack.simulator().zakenVoor(vergunning).get(0)).containsEntry("zaaktype", "parkeervergunning");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.status(verhuizing), "GEREGISTREERD"::equals);
    }

    @Test
    void aMeldingTravelsFromThePortalToTheWerkbakAndItsStatusComesBack(TestStack stack) throws Exception {
        StackConfig config = stack.config();
        Browser burger = new Browser("http://localhost:" + config.portalPort());
        Browser klerk = new Browser("http://localhost:" + config.simulatorPort());
        Simulator simulator = stack.simulator();

        var login = burger.verstuur("/inloggen", "/inloggen", Map.of("bsn", BSN));
        assertThat(login.statusCode()).isEqualTo(302);

        var ingediend = burger.verstuur("/producten/melding-openbare-ruimte", "/producten/melding-openbare-ruimte",
                Map.of("gemeente", "9002", "categorie", "straatverlichting",
                        "omschrijving", "Lantaarnpaal bij de speeltuin brandt niet",
                        "postcode", "1234 ab", "huisnummer", "12",
                        "idempotencyKey", java.util.UUID.randomUUID().toString()));
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(303);
        String locatie = ingediend.headers().firstValue("Location").orElseThrow();
        String aanvraagId = Browser.vind(AANVRAAG_ID, locatie);
        String referentie = Browser.vind(REFERENTIE, burger.get("/mijn-aanvragen/" + aanvraagId + "?bevestiging=true").body());

        var zaak = await().atMost(Duration.ofSeconds(60)).until(() -> simulator.zakenVoor(aanvraagId), z -> !z.isEmpty());
        assertThat(zaak).as("the legacy suite holds exactly one zaak for the aanvraag").hasSize(1);
        assertThat(zaak.get(0)).containsEntry("zaakIdentificatie", referentie)
                .containsEntry("gemeente", "9002")
                .containsEntry("zaaktype", "melding-openbare-ruimte")
                .containsEntry("toelichting", "Lantaarnpaal bij de speeltuin brandt niet")
                // the control API shows the initiator masked
                .containsEntry("initiatorBsn", "*****" + BSN.substring(5));
        assertThat((String) zaak.get(0).get("omschrijving")).contains("straatverlichting");

        wachtOpStatus(burger, aanvraagId, "GEREGISTREERD");

        var inBehandeling = klerk.verstuur("/werkbak", "/werkbak/zaken/" + referentie + "/status",
                Map.of("status", "IN_BEHANDELING", "toelichting", ""));
        assertThat(inBehandeling.statusCode()).isEqualTo(303);
        wachtOpStatus(burger, aanvraagId, "IN_BEHANDELING");

        klerk.verstuur("/werkbak", "/werkbak/zaken/" + referentie + "/status",
                Map.of("status", "AFGEWEZEN", "toelichting", "Deze lantaarnpaal is van de provincie"));
        String pagina = wachtOpStatus(burger, aanvraagId, "AFGEWEZEN");
        assertThat(pagina).contains("Deze lantaarnpaal is van de provincie");

        assertThat(simulator.zakenVoor(aanvraagId)).as("still exactly one zaak").hasSize(1);
        assertThat(burger.get("/mijn-aanvragen").body()).contains(referentie);
    }

    private static String wachtOpStatus(Browser burger, String aanvraagId, String status) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> burger.get("/mijn-aanvragen/" + aanvraagId).body(),
                        pagina -> status.equals(Browser.vind(STATUS, pagina)));
    }
}
