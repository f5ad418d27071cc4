package nl.midoffice.launcher.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a citizen does in the portal, step by step, in one {@link Chromium}; and the checks every key page gets:
 * a screenshot, axe-core without serious violations, and a console without errors (a script error or a refusal
 * by the Content-Security-Policy shows there).
 */
final class Portaal {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final String CLIENT = "frontoffice-portal";
    private static final String SECRET = "demo-only-secret-change-me-0123456789abcdef";
    private static final Pattern AANVRAAG_ID = Pattern.compile("/mijn-aanvragen/([0-9a-f-]{36})");

    private final Chromium chromium;
    private final StackAdressen stack;

    Portaal(Chromium chromium, StackAdressen stack) {
        this.chromium = chromium;
        this.stack = stack;
    }

    Chromium chromium() {
        return chromium;
    }

    void open(String pad) {
        chromium.open(stack.portaal() + pad);
    }

    /** Screenshot, accessibility and console of the page as it is now. */
    void controleer(String naam) {
        chromium.schermafbeelding(naam);
        Axe.geenErnstigeSchendingen(chromium, naam);
        assertThat(chromium.consoleFouten()).as("console errors on %s", naam).isEmpty();
    }

    /**
     * As {@link #controleer}, for a form shown again with its errors: the portal answers such a page 400 (the request
     * was refused), which Chromium reports once as a failed load of the page itself; that line must be there, and
     * nothing else.
     */
    void controleerFoutpagina(String naam) {
        chromium.schermafbeelding(naam);
        Axe.geenErnstigeSchendingen(chromium, naam);
        assertThat(chromium.consoleFouten()).as("console errors on %s", naam)
                .singleElement().asString()
                .contains("the server responded with a status of 400");
    }

    /** Logs in through the simulated DigiD with the test person's button; ends on "Mijn aanvragen". */
    void logIn(String naam) {
        open("/inloggen");
        chromium.knop("Inloggen als " + naam).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> chromium.url().endsWith("/mijn-aanvragen"));
        assertThat(chromium.vind("[data-testid=ingelogd-als]").getText()).isEqualTo("Ingelogd als " + naam);
    }

    /** The municipality whose counter the page shows, by its look and its name. */
    void isLoketVan(String slug, String naam) {
        assertThat(chromium.vind("html").getAttribute("class")).isEqualTo("thema-" + slug);
        assertThat(chromium.vind("[data-testid=gemeente-logo]").getText()).contains("Gemeente " + naam);
    }

    void vulIn(String id, String tekst) {
        WebElement veld = chromium.vind("#" + id);
        veld.clear();
        veld.sendKeys(tekst);
    }

    void kies(String selectId, String waarde) {
        chromium.vind("#" + selectId + " option[value='" + waarde + "']").click();
    }

    /** Submits a melding openbare ruimte from its form; returns the aanvraag id from the confirmation's address. */
    String doeMelding(String omschrijving) {
        open("/producten/melding-openbare-ruimte");
        kies("categorie", "straatverlichting");
        vulIn("omschrijving", omschrijving);
        vulIn("postcode", "9001 ab");
        vulIn("huisnummer", "12");
        chromium.knop("Melding versturen").click();
        return bevestigd();
    }

    /** On the confirmation page: its aanvraag id. */
    String bevestigd() {
        // the click submits the form; the confirmation arrives after the mid-office's 202 and a redirect
        await().atMost(Duration.ofSeconds(30)).until(() -> chromium.url().contains("?bevestiging=true"));
        assertThat(chromium.vind("[data-testid=referentie]").getText()).matches("[A-Z0-9-]+");
        return aanvraagId(chromium.url());
    }

    String referentie() {
        return chromium.vind("[data-testid=referentie]").getText();
    }

    /** The error summary is there, has the focus and links to each field that has an error. */
    void foutsamenvattingMetFocusEnLinks(String... velden) {
        WebElement samenvatting = chromium.vind("[data-testid=foutsamenvatting]");
        assertThat(chromium.actief()).as("the error summary has the focus").isEqualTo(samenvatting);
        assertThat(samenvatting.getAttribute("role")).isEqualTo("alert");
        List<String> links = samenvatting.findElements(org.openqa.selenium.By.cssSelector("a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst(".*#", "#")).toList();
        for (String veld : velden) {
            assertThat(links).as("links in the error summary").contains("#" + veld);
            WebElement invoer = chromium.vind("#" + veld);
            assertThat(invoer.getAttribute("aria-invalid")).as("aria-invalid of %s", veld).isEqualTo("true");
            assertThat(invoer.getAttribute("aria-describedby")).as("aria-describedby of %s", veld).contains(veld + "-fout");
            assertThat(chromium.vind("#" + veld + "-fout").getText().replaceAll("\\s+", " ")).startsWith("Fout: ");
        }
    }

    /** Follows the error summary's link to a field: the field gets the focus. */
    void volgFoutlink(String veld) {
        chromium.vind("[data-testid=foutsamenvatting] a[href='#" + veld + "']").click();
        assertThat(chromium.actief().getAttribute("id")).as("focus after following the link").isEqualTo(veld);
    }

    /**
     * Asks the mid-office API directly what the portal would get for this citizen, with the portal's own kind of
     * token, so a test can hold the page to the API's answer.
     */
    HttpResponse<String> vraagMidoffice(String pad, String bsn) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.midoffice() + pad))
                        .header("Authorization", "Bearer " + token(bsn)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What the portal sends (MidofficeTokens): HS256 with the demo secret, iss = client_id, and the citizen's BSN. */
    private static String token(String bsn) throws JOSEException {
        Instant nu = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(CLIENT).claim("client_id", CLIENT)
                .issueTime(Date.from(nu)).expirationTime(Date.from(nu.plusSeconds(60))).claim("bsn", bsn).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET));
        return jwt.serialize();
    }

    static String datum(int dagenVanafVandaag) {
        return LocalDate.now(NEDERLAND).plusDays(dagenVanafVandaag).toString();
    }

    static String aanvraagId(String url) {
        Matcher m = AANVRAAG_ID.matcher(url);
        assertThat(m.find()).as("an aanvraag id in " + url).isTrue();
        return m.group(1);
    }
}
