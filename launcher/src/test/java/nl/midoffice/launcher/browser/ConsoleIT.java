package nl.midoffice.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The architect console in a real (headless) Chromium on the real stack (issue 5): log in, switch Bergdal's
 * zaakregistratie to NEW with one click, let a citizen submit a melding through the portal in another browser,
 * and see in the console — live, without reloading — that it went to the zaken system, while Lindeveen stays on
 * the legacy suite. The console's screenshot is kept in {@code launcher/target/screenshots/}.
 */
@ExtendWith(StackAdressen.Extension.class)
@Order(2)
class ConsoleIT {

    private static final String ANNA = "Anna Maria van den Berg"; // Bergdal
    private static final String BERGDAL_ZAAKREGISTRATIE = "[data-gemeente='9002'][data-capability='zaakregistratie']";

    @BeforeAll
    static void chromium() {
        Chromium.vereist();
    }

    @AfterEach
    void bergdalTerugOpRouteEen(StackAdressen stack) throws Exception {
        var antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.midoffice()
                        + "/api/v1/beheer/gemeenten/9002/capabilities/zaakregistratie"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("beheerder:demo".getBytes()))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"modus\":\"LEGACY\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
    }

    @Test
    void theArchitectMovesBergdalsZaakregistratieToTheZakenSystemAndSeesAMeldingGoThere(StackAdressen stack) {
        try (Chromium console = Chromium.start(1400, 1100); Chromium burger = Chromium.start()) {
            console.open(stack.midoffice() + "/beheer");
            await().atMost(Duration.ofSeconds(10)).until(() -> console.url().contains("/beheer/inloggen"));
            console.vind("#gebruikersnaam").sendKeys("beheerder");
            console.vind("#wachtwoord").sendKeys("demo");
            console.vind("#inloggen").click();
            await().atMost(Duration.ofSeconds(10)).until(() -> console.url().endsWith("/beheer"));

            console.vind("button.modusknop" + BERGDAL_ZAAKREGISTRATIE + "[data-modus='NEW']").click();
            await().atMost(Duration.ofSeconds(10)).until(() -> "NEW".equals(
                    console.vind("tr.capability" + BERGDAL_ZAAKREGISTRATIE).getAttribute("data-modus")));
            assertThat(console.vind("tr.capability[data-gemeente='9001'][data-capability='zaakregistratie']")
                    .getAttribute("data-modus")).as("Lindeveen untouched").isEqualTo("LEGACY");
            assertThat(console.vind("tr.capability" + BERGDAL_ZAAKREGISTRATIE + " [data-gewijzigd]").getText())
                    .contains("beheerder");
            String zakenCel = "td.stroom" + BERGDAL_ZAAKREGISTRATIE + "[data-systeem='zaken']";
            int voor = Integer.parseInt(console.vind(zakenCel).getAttribute("data-aantal"));

            Portaal portaal = new Portaal(burger, stack);
            portaal.open("/bergdal");
            portaal.logIn(ANNA);
            portaal.open("/bergdal");
            String aanvraagId = portaal.doeMelding("Omgevallen boom op het fietspad");

            String rij = "#feed tr[data-aanvraag='" + aanvraagId + "']";
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                    assertThat(console.vind(rij + " td.systemen-kolom").getText())
                            .isEqualTo("zaakregistratie → zaken"));
            assertThat(console.vind(rij).getAttribute("data-gemeente")).isEqualTo("9002");
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                    assertThat(Integer.parseInt(console.vind(zakenCel).getAttribute("data-aantal")))
                            .as("the picture counts the step at the zaken system").isGreaterThan(voor));
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                    assertThat(console.vind(rij).getAttribute("data-status")).isEqualTo("GEREGISTREERD"));

            console.vind(rij + " button.spoorknop").click();
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                    assertThat(console.vind("#spoor-inhoud").getText()).contains("zaken"));
            console.script("document.getElementById('spoor-dialoog').close()");
            console.schermafbeelding("console-bergdal-zaakregistratie-new");
            Axe.geenErnstigeSchendingen(console, "console");
            assertThat(console.consoleFouten()).as("console errors in the console page").isEmpty();
        }
    }
}
