package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Decoupling proved (issue 5): a Bergdal citizen uses the portal's HTTP interface for all three products in the
 * route-1 state, after every step of the migration (each capability LEGACY → SHADOW → NEW), and fully migrated.
 * Whatever system answers behind the mid-office, the citizen sees the same statuses, in the same order, with the
 * same texts. (The decision's own wording — a permit number — is the back office's, and is not compared.)
 */
@ExtendWith(StackExtension.class)
@Order(6)
class OntkoppelingIT {

    private static final String BSN = "999991802"; // Cornelis Johannes Bakker, Kerkstraat 5, Bergdal
    private static final String BERGDAL = "9002";
    private static final Pattern AANVRAAG_ID = Pattern.compile("/mijn-aanvragen/([0-9a-f-]{36})");
    private static final Pattern REFERENTIE = Pattern.compile("data-testid=\"referentie\"[^>]*>\\s*([A-Z0-9-]+)");
    private static final Pattern STATUS = Pattern.compile("data-status=\"([A-Z_]+)\"");
    private static final Pattern STATUS_LABEL = Pattern.compile("data-status=\"[A-Z_]+\"[^>]*>([^<]+)<");
    private static final Pattern UITLEG = Pattern.compile("data-status-uitleg[^>]*>([^<]+)<");
    private static final Pattern HISTORIE = Pattern.compile(
            "data-historie-status=\"([A-Z_]+)\"[\\s\\S]*?<strong[^>]*>([^<]+)</strong>");

    /** The migration, step by step: {capability, mode}; the first state is route 1 itself. */
    private static final String[][] STAPPEN = {
            {null, null},
            {"persoonsgegevens", "SHADOW"}, {"persoonsgegevens", "NEW"},
            {"zaakregistratie", "SHADOW"}, {"zaakregistratie", "NEW"},
            {"vergunningen", "SHADOW"}, {"vergunningen", "NEW"}};

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void bergdalTerugOpRouteEen(TestStack stack) throws Exception {
        for (String capability : new String[] {"persoonsgegevens", "zaakregistratie", "vergunningen"}) {
            stack.api().wissel(BERGDAL, capability, "LEGACY");
        }
    }

    @Test
    void theCitizenSeesTheSameStatusesAndTextsOnRouteOneAfterEachMigrationStepAndFullyMigrated(TestStack stack)
            throws Exception {
        StackConfig config = stack.config();
        Browser burger = new Browser("http://localhost:" + config.portalPort());
        Browser klerk = new Browser("http://localhost:" + config.simulatorPort());
        assertThat(burger.verstuur("/inloggen", "/inloggen", Map.of("bsn", BSN)).statusCode()).isEqualTo(302);
        burger.get("/bergdal");

        Map<String, Map<String, List<String>>> gezienPerStand = new LinkedHashMap<>();
        Map<String, String> modi = new LinkedHashMap<>(Map.of("persoonsgegevens", "LEGACY", "zaakregistratie", "LEGACY",
                "vergunningen", "LEGACY"));
        for (String[] stap : STAPPEN) {
            if (stap[0] != null) {
                stack.api().wissel(BERGDAL, stap[0], stap[1]);
                modi.put(stap[0], stap[1]);
            }
            // a fresh register of granted permits, so "one permit per address" does not refuse the next run
            verwijder("http://localhost:" + config.vergunningenPort() + "/simulator/ontvangen");
            String stand = modi.toString();
            // the three products go in together, as a citizen's afternoon would; then we follow each
            String melding = melding(burger);
            String verhuizing = verhuizing(burger);
            String vergunning = parkeervergunning(burger);
            Map<String, List<String>> gezien = new LinkedHashMap<>();
            gezien.put("melding", tot(burger, melding, "GEREGISTREERD"));
            gezien.put("verhuizing", tot(burger, verhuizing, "GEREGISTREERD"));
            tot(burger, vergunning, "IN_BEHANDELING");
            if (!modi.get("vergunningen").equals("NEW")) {
                // the legacy suite's werkbak decides: a clerk grants the permit
                String referentie = Browser.vind(REFERENTIE, burger.get("/mijn-aanvragen/" + vergunning).body());
                var besluit = klerk.verstuur("/werkbak", "/werkbak/zaken/" + referentie + "/besluit",
                        Map.of("besluit", "VERLEEND", "geldigVanaf", vandaag().toString(),
                                "geldigTot", vandaag().plusYears(1).toString()));
                assertThat(besluit.statusCode()).as("clerk's decision in %s", stand).isEqualTo(303);
            }
            gezien.put("parkeervergunning", tot(burger, vergunning, "AFGEHANDELD"));
            gezienPerStand.put(stand, gezien);
        }

        var eerste = gezienPerStand.values().iterator().next();
        assertThat(eerste.get("parkeervergunning")).as("route 1 itself").anySatisfy(r -> assertThat(r).startsWith("AFGEHANDELD"));
        gezienPerStand.forEach((stand, gezien) -> assertThat(gezien).as("what the citizen sees with %s", stand)
                .isEqualTo(eerste));
    }

    private String melding(Browser burger) throws Exception {
        var antwoord = burger.verstuur("/producten/melding-openbare-ruimte", "/producten/melding-openbare-ruimte",
                Map.of("gemeente", BERGDAL, "categorie", "bestrating", "omschrijving", "Losliggende stoeptegels",
                        "postcode", "9002CD", "huisnummer", "5", "idempotencyKey", UUID.randomUUID().toString()));
        return ingediend(antwoord);
    }

    private String verhuizing(Browser burger) throws Exception {
        Map<String, String> velden = new LinkedHashMap<>(Map.of("gemeente", BERGDAL, "postcode", "9002EF",
                "huisnummer", "23", "huisletter", "", "huisnummertoevoeging", "",
                "verhuisdatum", vandaag().plusDays(7).toString(), "idempotencyKey", UUID.randomUUID().toString()));
        velden.put("meeverhuizers[0]", "");
        return ingediend(burger.verstuur("/producten/verhuizing", "/producten/verhuizing/versturen", velden));
    }

    private String parkeervergunning(Browser burger) throws Exception {
        return ingediend(burger.verstuur("/producten/parkeervergunning", "/producten/parkeervergunning/versturen",
                Map.of("gemeente", BERGDAL, "kenteken", "AB-123-C", "ingangsdatum", vandaag().plusDays(1).toString(),
                        "idempotencyKey", UUID.randomUUID().toString())));
    }

    private static String ingediend(HttpResponse<String> antwoord) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(303);
        return Browser.vind(AANVRAAG_ID, antwoord.headers().firstValue("Location").orElseThrow());
    }

    /**
     * Waits until the aanvraag's page shows the status, and returns what the citizen sees: every status in the
     * history with its label, then the current status with its label and explanation.
     */
    private static List<String> tot(Browser burger, String aanvraagId, String status) {
        String pagina = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> burger.get("/mijn-aanvragen/" + aanvraagId).body(),
                        p -> status.equals(Browser.vind(STATUS, p)));
        List<String> gezien = new ArrayList<>();
        Matcher historie = HISTORIE.matcher(pagina);
        while (historie.find()) {
            gezien.add("historie " + historie.group(1) + ": " + historie.group(2).strip());
        }
        gezien.add(status + ": " + Browser.vind(STATUS_LABEL, pagina).strip() + " / "
                + Browser.vind(UITLEG, pagina).strip());
        return gezien;
    }

    private void verwijder(String url) throws Exception {
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(url)).DELETE().timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as("DELETE " + url).isEqualTo(204);
    }

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
