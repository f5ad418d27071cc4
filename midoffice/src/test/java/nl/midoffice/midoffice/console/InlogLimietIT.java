package nl.midoffice.midoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.midoffice.midoffice.MidofficeIT;

/**
 * Guessing a password costs time: after 5 failed logins (the default) an account waits, on HTTP Basic (429 with
 * Retry-After) and in the console's form (back to the login page, with the message), also with the right password;
 * the administrator's own account is not touched by another account's failures. (Per address: {@code InlogRemTest};
 * all these tests come from one address.)
 */
class InlogLimietIT extends MidofficeIT {

    @Test
    void afterFiveFailuresAnAccountWaitsOnBasicAndInTheConsole() throws Exception {
        String account = "indringer-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(basic(account, "gok-" + i).statusCode()).isEqualTo(401);
        }

        var geweigerd = basic(account, "gok-6");
        assertThat(geweigerd.statusCode()).isEqualTo(429);
        assertThat(geweigerd.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Long.parseLong(geweigerd.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);

        var sessie = new ConsoleSessie(http, uri("/"));
        var formulier = sessie.probeerInloggen(account, "gok-7");
        assertThat(formulier.statusCode()).isEqualTo(303);
        assertThat(formulier.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/beheer/inloggen?geblokkeerd"));
        assertThat(sessie.get("/beheer/inloggen?geblokkeerd").body()).contains("Te veel mislukte pogingen");

        assertThat(basic("beheerder", "demo").statusCode()).as("the administrator").isEqualTo(200);
    }

    private java.net.http.HttpResponse<String> basic(String gebruiker, String wachtwoord) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/beheer/gemeenten")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8))));
    }
}
