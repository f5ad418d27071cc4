package nl.midoffice.midoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.midoffice.contracts.Capability;
import nl.midoffice.midoffice.capability.CapabilityModi;
import nl.midoffice.midoffice.capability.Modus;

/**
 * The console's door: nothing without the administrator's login, a wrong password gets nothing, a session without
 * the CSRF token changes nothing, the page is served with a CSP that forbids inline code and framing, and the
 * scripts' Basic API stays stateless beside it.
 */
class ConsoleBeveiligingIT extends ConsoleIT {

    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("beheerder:demo".getBytes());

    @Autowired
    CapabilityModi modi;

    @AfterEach
    void bergdalOpRouteEen() {
        modi.wissel("9002", Capability.ZAAKREGISTRATIE, Modus.LEGACY, "test");
    }

    @Test
    void withoutASessionThePageRedirectsToTheLoginAndTheApiAnswers401() throws Exception {
        var pagina = sessie().get("/beheer");
        assertThat(pagina.statusCode()).isEqualTo(302);
        assertThat(pagina.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/beheer/inloggen"));
        assertThat(sessie().get("/beheer/api/overzicht").statusCode()).isEqualTo(401);
        assertThat(sessie().get("/beheer/console.js").statusCode()).isEqualTo(302);

        var inloggen = sessie().get("/beheer/inloggen");
        assertThat(inloggen.statusCode()).isEqualTo(200);
        assertThat(inloggen.body()).contains("id=\"inlogformulier\"").contains("name=\"_csrf\"");
        assertThat(sessie().get("/beheer/console.css").statusCode()).as("the login page's style").isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedAndOpensNothing() throws Exception {
        ConsoleSessie sessie = sessie();
        var antwoord = sessie.probeerInloggen("beheerder", "niet-demo");
        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/beheer/inloggen?fout"));
        assertThat(sessie.get("/beheer/inloggen?fout").body()).contains("Onjuiste gebruikersnaam of wachtwoord");
        assertThat(sessie.get("/beheer").statusCode()).isEqualTo(302);
        assertThat(sessie.get("/beheer/api/overzicht").statusCode()).isEqualTo(401);
        assertThat(sessie().probeerInloggen("iemand", "demo").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("?fout"));
    }

    @Test
    void theLoggedInPageCarriesTheTokenTheHooksForBrowserTestsAndAStrictCsp() throws Exception {
        ConsoleSessie sessie = ingelogd();
        var pagina = sessie.get("/beheer");
        assertThat(pagina.body())
                .contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">")
                .contains("data-gemeente=\"9002\" data-capability=\"zaakregistratie\" data-modus=\"SHADOW\"")
                .contains("data-gemeente=\"9001\" data-systeem=\"legacy-suite\"")
                .contains("Bergdal").contains("Lindeveen")
                .doesNotContain("<script>").doesNotContain("style=");
        String csp = pagina.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("style-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(pagina.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(pagina.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(sessie.get("/beheer/inloggen").headers().firstValue("Content-Security-Policy")).hasValue(csp);

        var script = sessie.get("/beheer/console.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/overzicht");
        assertThat(sessie.get("/beheer/api/overzicht").statusCode()).isEqualTo(200);
    }

    @Test
    void aCallWithTheSessionButWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        ConsoleSessie sessie = ingelogd();
        String pad = "/beheer/api/gemeenten/9002/capabilities/zaakregistratie";
        var zonder = sessie.zonderCsrf("PUT", pad, "{\"modus\":\"NEW\"}");
        assertThat(zonder.statusCode()).isEqualTo(403);
        assertThat(modi.modus("9002", Capability.ZAAKREGISTRATIE)).isEqualTo(Modus.LEGACY);
        assertThat(sessie.zonderCsrf("PUT", "/beheer/api/verkeer", "{\"perMinuut\":60}").statusCode()).isEqualTo(403);
        assertThat(sessie.zonderCsrf("PUT", "/beheer/api/simulatoren/brp/gedrag", "{\"modus\":\"STORING\"}").statusCode())
                .isEqualTo(403);

        assertThat(sessie.metCsrf("PUT", pad, "{\"modus\":\"NEW\"}").statusCode()).isEqualTo(200);
        assertThat(modi.modus("9002", Capability.ZAAKREGISTRATIE)).isEqualTo(Modus.NEW);
    }

    @Test
    void theScriptsBasicApiStaysStatelessAndTheTwoDoorsDoNotOpenEachOther() throws Exception {
        var basic = send(HttpRequest.newBuilder(uri("/api/v1/beheer/gemeenten")).header("Authorization", BASIC));
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(basic.headers().allValues("Set-Cookie")).as("no session for scripts").isEmpty();
        assertThat(send(HttpRequest.newBuilder(uri("/beheer/api/overzicht")).header("Authorization", BASIC)).statusCode())
                .as("the console takes its form login, not Basic").isEqualTo(401);

        ConsoleSessie sessie = ingelogd();
        assertThat(sessie.get("/api/v1/beheer/gemeenten").statusCode()).as("a console session is no Basic login")
                .isEqualTo(401);
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        ConsoleSessie sessie = ingelogd();
        var uit = sessie.metCsrf("POST", "/beheer/uitloggen", null);
        assertThat(uit.statusCode()).isEqualTo(302);
        assertThat(uit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/beheer/inloggen?uitgelogd"));
        assertThat(sessie.get("/beheer/api/overzicht").statusCode()).isEqualTo(401);
    }
}
