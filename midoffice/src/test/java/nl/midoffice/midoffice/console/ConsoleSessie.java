package nl.midoffice.midoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A browser's view of the console, over real HTTP: keeps the session cookie, follows no redirect by itself (tests
 * look at them), and sends the CSRF token from the page's meta tag as a header, as {@code console.js} does.
 */
final class ConsoleSessie {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern META_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI basis;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    String csrfToken;
    String csrfHeader;

    ConsoleSessie(HttpClient http, URI basis) {
        this.http = http;
        this.basis = basis;
    }

    /** Logs in through the form (with the login page's own CSRF token); answers the login POST's response. */
    HttpResponse<String> probeerInloggen(String gebruiker, String wachtwoord) throws Exception {
        var pagina = get("/beheer/inloggen");
        assertThat(pagina.statusCode()).isEqualTo(200);
        String token = eerste(FORM_CSRF, pagina.body());
        String form = "gebruikersnaam=" + enc(gebruiker) + "&wachtwoord=" + enc(wachtwoord) + "&_csrf=" + enc(token);
        return send(HttpRequest.newBuilder(basis.resolve("/beheer/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    void inloggen(String gebruiker, String wachtwoord) throws Exception {
        var antwoord = probeerInloggen(gebruiker, wachtwoord);
        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/beheer"));
        var console = get("/beheer");
        assertThat(console.statusCode()).isEqualTo(200);
        csrfToken = eerste(META_CSRF, console.body());
        csrfHeader = eerste(META_HEADER, console.body());
    }

    HttpResponse<String> get(String pad) throws Exception {
        return send(HttpRequest.newBuilder(basis.resolve(pad)).header("Accept", "application/json, text/html").GET());
    }

    /** A state-changing call as the console's script makes it: JSON with the CSRF header. */
    HttpResponse<String> metCsrf(String methode, String pad, String json) throws Exception {
        return send(verzoek(methode, pad, json).header(csrfHeader, csrfToken));
    }

    /** The same call without the CSRF header: what a forged cross-site request can send. */
    HttpResponse<String> zonderCsrf(String methode, String pad, String json) throws Exception {
        return send(verzoek(methode, pad, json));
    }

    private HttpRequest.Builder verzoek(String methode, String pad, String json) {
        return HttpRequest.newBuilder(basis.resolve(pad)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    }

    HttpResponse<String> send(HttpRequest.Builder verzoek) throws Exception {
        if (!cookies.isEmpty()) {
            verzoek.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        var antwoord = http.send(verzoek.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : antwoord.headers().allValues("Set-Cookie")) {
            String paar = cookie.split(";", 2)[0];
            int is = paar.indexOf('=');
            cookies.put(paar.substring(0, is), paar.substring(is + 1));
        }
        return antwoord;
    }

    private static String eerste(Pattern patroon, String tekst) {
        Matcher m = patroon.matcher(tekst);
        assertThat(m.find()).as("%s in the page", patroon).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
