package nl.midoffice.adapter.zaken;

import java.io.IOException;
import java.net.URI;

import org.apache.camel.Exchange;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An answer of the ZGW APIs with a status below 500, read: {@code body} is the JSON object, or null when the answer
 * had none. Reading fails for what counts against the zaaksysteem's circuit breaker (5xx, an answer that is not a
 * JSON object); 4xx answers are answers, and the mapping judges them ({@link #fout}: 401/403 are our configuration).
 *
 * @param methode the request's method
 * @param url     the request's URL (for messages only its path is used)
 */
record ZgwAntwoord(String methode, String url, int status, JsonNode body) {

    /** The answer of the endpoint just called in the route, to the request {@link ZgwAanroep} described. */
    static ZgwAntwoord van(Exchange exchange) {
        var verzoek = exchange.getProperty(ZgwAanroep.VERZOEK, ZgwAanroep.Verzoek.class);
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        return uit(verzoek.methode(), verzoek.url(), status, exchange.getMessage().getBody(String.class));
    }

    /** @throws ZakenStoring for a status of 500 or more (or no HTTP status), or a body that is not a JSON object */
    static ZgwAntwoord uit(String methode, String url, int status, String tekst) {
        if (status >= 500 || status < 200) {
            throw new ZakenStoring(methode + " " + pad(url) + " answered HTTP " + status);
        }
        return new ZgwAntwoord(methode, url, status, lees(methode, url, status, tekst));
    }

    boolean heeftFoutcode(String veld, String code) {
        if (body == null) {
            return false;
        }
        for (JsonNode param : body.path("invalidParams")) {
            if (veld.equals(param.path("name").asText()) && code.equals(param.path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    /** For exceptions and logs: method, path, status and the ZGW error code, never a request body. */
    String beschrijving() {
        String code = body == null ? "" : " " + body.path("code").asText("");
        return methode + " " + pad(url) + " answered HTTP " + status + code;
    }

    /** This body, when the answer has the expected status and a body; otherwise {@link #fout}. */
    JsonNode verwacht(int verwacht) {
        if (status != verwacht || body == null) {
            throw fout(verwacht);
        }
        return body;
    }

    /** 401/403 is our configuration ({@link ZakenConfiguratieFout}); anything else unexpected a {@link ZakenStoring}. */
    ZakenStoring fout(int verwacht) {
        if (status == 401 || status == 403) {
            return new ZakenConfiguratieFout(beschrijving() + ": check midoffice.adapters.zaken.client-id,"
                    + " secret and the client's scopes in the zaaksysteem");
        }
        return new ZakenStoring(beschrijving() + ", expected " + verwacht);
    }

    /** The value of the zaak's kenmerk with this bron, or null. */
    static String kenmerk(JsonNode zaak, String bron) {
        for (JsonNode kenmerk : zaak.path("kenmerken")) {
            if (bron.equals(kenmerk.path("bron").asText())) {
                return kenmerk.path("kenmerk").asText(null);
            }
        }
        return null;
    }

    private static String pad(String url) {
        return URI.create(url).getPath();
    }

    private static JsonNode lees(String methode, String url, int status, String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            JsonNode json = ZakenApi.JSON.readTree(tekst);
            if (!json.isObject()) {
                throw new IOException("not a JSON object");
            }
            return json;
        } catch (IOException e) {
            throw new OnleesbaarAntwoord(methode + " " + pad(url) + " answered HTTP " + status
                    + " with a body that is not a JSON object", e);
        }
    }
}
