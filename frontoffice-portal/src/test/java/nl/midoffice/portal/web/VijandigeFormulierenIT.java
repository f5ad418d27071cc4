package nl.midoffice.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.midoffice.hostile.Antwoord;
import nl.midoffice.hostile.Corpus;
import nl.midoffice.hostile.RuweHttp;
import nl.midoffice.hostile.Verzoek;
import nl.midoffice.portal.FakeMidoffice;

/**
 * The hostile-input suite of the portal (issue 13), on a real Tomcat with a stand-in mid-office: every generated
 * post of its forms is refused by the portal itself with a 4xx in time, a chunked form of hundreds of MB gets 413
 * having let in little, nothing reaches the mid-office, and afterwards a citizen still submits a melding.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VijandigeFormulierenIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final FakeMidoffice MIDOFFICE = FakeMidoffice.start();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final Corpus corpus = new Corpus("portal");
    private FormulierCorpus.Sessie burger;

    @DynamicPropertySource
    static void midoffice(DynamicPropertyRegistry registry) {
        registry.add("portal.midoffice.url", MIDOFFICE::url);
    }

    @BeforeAll
    void sessies() throws IOException {
        FormulierCorpus.Sessie anoniem = pagina("/inloggen", null);
        FormulierCorpus.Sessie inloggen = pagina("/inloggen", null);
        Antwoord ingelogd = RuweHttp.stuur(port, Verzoek.van("POST", "/inloggen").header("Cookie", inloggen.cookie())
                .body(FormulierCorpus.FORM, FormulierCorpus.formulier(Map.of("bsn", "999993653"), inloggen.csrf())),
                TIMEOUT);
        assertThat(ingelogd.status()).as(ingelogd.kort()).isEqualTo(302);
        burger = pagina(FormulierCorpus.MELDING, cookie(ingelogd));
        corpus.voeg(FormulierCorpus.voor(anoniem, burger, corpus.random()));
        opnieuw();
    }

    /** The stand-in mid-office without requests, accepting every submission as the real one would a valid one. */
    private static void opnieuw() {
        MIDOFFICE.reset();
        MIDOFFICE.antwoord("POST", "/api/v1/aanvragen", 202,
                "{\"id\":\"6f1c2d3e-4a5b-4c6d-8e7f-901234567890\",\"referentie\":\"MO-2026-000001\",\"status\":\"ONTVANGEN\"}");
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyHostilePostIsRefusedByThePortalInTime() {
        assertThat(corpus.grootte()).isGreaterThanOrEqualTo(200);
        return corpus.testen(port, TIMEOUT, (verzoek, antwoord) -> {
            int doorgelaten = MIDOFFICE.ingediend().size();
            if (doorgelaten > 0) {
                opnieuw();
            }
            assertThat(doorgelaten).as("%s reached the mid-office", verzoek).isZero();
            Corpus.weigert(verzoek, antwoord);
        });
    }

    @Test
    @Order(2)
    void aChunkedFormOfHundredsOfMegabytesIsRefusedAtOnce() throws IOException {
        for (String pad : List.of("/inloggen", FormulierCorpus.MELDING)) {
            Antwoord antwoord = RuweHttp.stroom(port, Verzoek.van("POST", pad).header("Cookie", burger.cookie())
                    .header("Content-Type", FormulierCorpus.FORM), 256L * 1024 * 1024, Duration.ofSeconds(30));

            assertThat(antwoord.status()).as("%s: %s", pad, antwoord.kort()).isEqualTo(413);
            assertThat(antwoord.verstuurd()).as("bytes %s let in", pad).isLessThan(16L * 1024 * 1024);
            System.out.printf("[VijandigeFormulierenIT] %s: 413 after %d ms, %d KiB let in%n", pad, antwoord.duurMs(),
                    antwoord.verstuurd() / 1024);
        }
    }

    @Test
    @Order(3)
    void afterwardsNothingReachedTheMidofficeAndACitizenStillSubmitsAMelding() throws IOException {
        System.out.println("[VijandigeFormulierenIT] " + corpus.samenvatting());
        assertThat(MIDOFFICE.ingediend()).isEmpty();

        Antwoord ingediend = RuweHttp.stuur(port, Verzoek.van("POST", FormulierCorpus.MELDING)
                .header("Cookie", burger.cookie()).body(FormulierCorpus.FORM, FormulierCorpus.formulier(Map.of(
                        "gemeente", "9001", "categorie", "afval", "omschrijving", "Zakken naast de\r\ncontainer",
                        "postcode", "1234AB", "huisnummer", "12"), burger.csrf())), TIMEOUT);

        assertThat(ingediend.status()).as(ingediend.kort()).isBetween(200, 399);
        assertThat(MIDOFFICE.ingediend()).hasSize(1);
    }

    /** A page of a (new or given) session: the session's cookie and the page's CSRF token. */
    private FormulierCorpus.Sessie pagina(String pad, String cookie) throws IOException {
        Verzoek verzoek = Verzoek.van("GET", pad);
        Antwoord antwoord = RuweHttp.stuur(port, cookie == null ? verzoek : verzoek.header("Cookie", cookie), TIMEOUT);
        assertThat(antwoord.status()).as(antwoord.kort()).isEqualTo(200);
        Matcher token = CSRF.matcher(antwoord.body());
        assertThat(token.find()).as("CSRF token on " + pad).isTrue();
        return new FormulierCorpus.Sessie(cookie != null ? cookie : cookie(antwoord), token.group(1));
    }

    private static String cookie(Antwoord antwoord) {
        String gezet = antwoord.header("Set-Cookie");
        assertThat(gezet).as("session cookie").isNotNull();
        return gezet.split(";")[0];
    }
}
