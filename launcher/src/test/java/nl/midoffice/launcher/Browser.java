package nl.midoffice.launcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a browser does for these server-rendered pages: cookies, CSRF tokens from forms, form posts. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String basis;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    Browser(String basis) {
        this.basis = basis;
    }

    HttpResponse<String> get(String pad) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the page with the form, then submits it with the page's CSRF token and the given fields. */
    HttpResponse<String> verstuur(String formulierPagina, String actie, Map<String, String> velden)
            throws IOException, InterruptedException {
        String pagina = get(formulierPagina).body();
        Map<String, String> alles = new LinkedHashMap<>(velden);
        alles.put("_csrf", vind(CSRF, pagina));
        String body = alles.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(basis + actie)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String vind(Pattern patroon, String tekst) {
        Matcher m = patroon.matcher(tekst);
        if (!m.find()) {
            throw new AssertionError("Not found on the page: " + patroon.pattern());
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
