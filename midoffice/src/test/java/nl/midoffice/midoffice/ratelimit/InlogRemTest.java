package nl.midoffice.midoffice.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Failed logins per account and per address, and what a blocked attempt gets (Basic and the console's form). */
class InlogRemTest {

    private final InlogPogingen pogingen = new InlogPogingen(new RateLimitProperties(
            new RateLimitProperties.Indienen(60, Duration.ofMinutes(1), Map.of()),
            new RateLimitProperties.Inloggen(3, 5, Duration.ofMinutes(1)),
            new RateLimitProperties.Stromen(30, Duration.ofMinutes(1), 1000, Map.of())));
    private final InlogRem basic = InlogRem.basic(pogingen, (request, response) -> response.setStatus(429));
    private final InlogRem formulier = InlogRem.formulier(pogingen, "/beheer/inloggen", "/beheer/inloggen?geblokkeerd");

    @Test
    void anAccountWaitsAfterItsFailuresFromAnyAddressAlsoInAnotherCase() {
        for (String adres : new String[] {"10.0.0.1", "10.0.0.2", "10.0.0.3"}) {
            assertThat(pogingen.geblokkeerd("beheerder", adres)).isEmpty();
            pogingen.mislukt("beheerder", adres);
        }
        assertThat(pogingen.geblokkeerd("beheerder", "10.0.0.4")).hasValueSatisfying(w -> assertThat(w).isPositive());
        assertThat(pogingen.geblokkeerd(" BeHeerder", "10.0.0.4")).isPresent();
        assertThat(pogingen.geblokkeerd("iemand-anders", "10.0.0.1")).as("the address is not used up").isEmpty();
    }

    @Test
    void anAddressWaitsAfterItsFailuresWhateverAccountItTries() {
        for (int i = 0; i < 5; i++) {
            pogingen.mislukt("gok-" + i, "10.0.0.9");
        }
        assertThat(pogingen.geblokkeerd("beheerder", "10.0.0.9")).isPresent();
        assertThat(pogingen.geblokkeerd("beheerder", "10.0.0.10")).isEmpty();
    }

    @Test
    void aBlockedBasicAttemptGets429WithRetryAfterBeforeItsPasswordIsChecked() throws Exception {
        blokkeer("scripter", "10.1.1.1");
        var request = basic("scripter", "het-juiste-wachtwoord", "10.1.1.1");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        basic.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(chain.getRequest()).as("not passed on").isNull();
    }

    @Test
    void aBlockedFormAttemptReturnsToTheLoginPageWithTheMessage() throws Exception {
        blokkeer("klikker", "10.2.2.2");
        var request = new MockHttpServletRequest("POST", "/beheer/inloggen");
        request.setServletPath("/beheer/inloggen");
        request.setRemoteAddr("10.2.2.2");
        request.addParameter("gebruikersnaam", "klikker");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        formulier.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/beheer/inloggen?geblokkeerd");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void whatIsNoLoginAttemptOrNotBlockedPasses() throws Exception {
        blokkeer("klikker", "10.3.3.3");
        var pagina = new MockHttpServletRequest("GET", "/beheer/inloggen");
        pagina.setServletPath("/beheer/inloggen");
        pagina.setRemoteAddr("10.3.3.3");
        var chain = new MockFilterChain();
        formulier.doFilter(pagina, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();

        chain = new MockFilterChain();
        basic.doFilter(basic("beheerder", "demo", "10.3.3.4"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();

        assertThat(InlogRem.basicAccount(new MockHttpServletRequest())).isNull();
        var bearer = new MockHttpServletRequest();
        bearer.addHeader("Authorization", "Bearer abc");
        assertThat(InlogRem.basicAccount(bearer)).isNull();
        var onzin = new MockHttpServletRequest();
        onzin.addHeader("Authorization", "Basic %%%");
        assertThat(InlogRem.basicAccount(onzin)).isNull();
    }

    private void blokkeer(String account, String adres) {
        for (int i = 0; i < 3; i++) {
            pogingen.mislukt(account, adres);
        }
    }

    private static MockHttpServletRequest basic(String gebruiker, String wachtwoord, String adres) {
        var request = new MockHttpServletRequest("GET", "/api/v1/beheer/dead-letters");
        request.setRemoteAddr(adres);
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
        return request;
    }
}
