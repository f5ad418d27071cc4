package nl.midoffice.adapter.zaken;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The test's own way into the zaken simulator, over plain HTTP and apart from the adapter's client: its control
 * API, its clerk's web page, and its Zaken API with a token of the demo client.
 */
final class Zaaksysteem {

    static final String SECRET = "zaken-adapter-test-secret-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String url;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final ZgwToken token = new ZgwToken("midoffice", SECRET, Clock.systemUTC());

    Zaaksysteem(String url) {
        this.url = url;
    }

    /** The control API's records of created zaken with this identificatie. */
    List<JsonNode> ontvangen(String identificatie) {
        List<JsonNode> gevonden = new ArrayList<>();
        for (JsonNode zaak : json(verstuur(HttpRequest.newBuilder(URI.create(url + "/simulator/ontvangen")).GET(), 200))
                .path("ontvangen")) {
            if (identificatie.equals(zaak.path("identificatie").asText())) {
                gevonden.add(zaak);
            }
        }
        return gevonden;
    }

    /** The abonnementen, as the Notificaties API lists them to the demo client. */
    JsonNode abonnementen() {
        return json(verstuur(HttpRequest.newBuilder(URI.create(url + "/notificaties/api/v1/abonnement"))
                .header("Authorization", token.bearer()).GET(), 200));
    }

    /** {@code POST /abonnement} of the Notificaties API with the demo client's token. */
    void abonneer(String json) {
        verstuur(HttpRequest.newBuilder(URI.create(url + "/notificaties/api/v1/abonnement"))
                .header("Authorization", token.bearer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), 201);
    }

    void gedrag(String modus) {
        verstuur(HttpRequest.newBuilder(URI.create(url + "/simulator/gedrag"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"modus\":\"" + modus + "\"}")), 200);
    }

    /** What a clerk does on the simulator's web page: choose a new status for a zaak and submit the form. */
    void zetStatusAlsBehandelaar(String zaakUuid, String status, String toelichting) {
        String pagina = verstuur(HttpRequest.newBuilder(URI.create(url + "/")).GET(), 200);
        var csrf = CSRF.matcher(pagina);
        if (!csrf.find()) {
            throw new AssertionError("No CSRF token on the simulator's page");
        }
        String formulier = "status=" + status + "&toelichting=" + URLEncoder.encode(toelichting, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        verstuur(HttpRequest.newBuilder(URI.create(url + "/werkbak/zaken/" + zaakUuid + "/status"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)), 303);
    }

    /** A call to the Zaken API as any authorised client could make it. */
    JsonNode zgw(String methode, String pad, String body, int verwachtteStatus) {
        var verzoek = HttpRequest.newBuilder(URI.create(pad.startsWith("http") ? pad : url + "/zaken/api/v1" + pad))
                .header("Authorization", token.bearer())
                .header("Accept-Crs", "EPSG:4326").header("Content-Crs", "EPSG:4326")
                .header("Content-Type", "application/json")
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return json(verstuur(verzoek, verwachtteStatus));
    }

    long aantal(String lijst, String zaakUrl) {
        return zgw("GET", "/" + lijst + "?zaak=" + URLEncoder.encode(zaakUrl, StandardCharsets.UTF_8), null, 200)
                .path("count").asLong();
    }

    private String verstuur(HttpRequest.Builder verzoek, int verwachtteStatus) {
        try {
            HttpResponse<String> antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != verwachtteStatus) {
                throw new AssertionError(antwoord.request().method() + " " + antwoord.request().uri() + " answered "
                        + antwoord.statusCode() + ": " + antwoord.body());
            }
            return antwoord.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(String tekst) {
        try {
            return JSON.readTree(tekst);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
