package nl.midoffice.midoffice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.midoffice.hostile.Corpus;
import nl.midoffice.midoffice.aanvraag.Producten;
import nl.midoffice.midoffice.aanvraag.Validatie;

/**
 * The hostile-input suite of the mid-office (issue 13): a generated corpus of malformed and malicious requests
 * against every public endpoint — the API, the administration API, the callbacks, the console's login and JSON
 * calls, the live stream, the actuator. Every request is answered with a 4xx within its timeout; afterwards nothing
 * is stored (no row in any table, no dead letter) and the mid-office is ready and registers a normal melding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VijandigeInvoerIT extends MetCallbacksIT {

    private static final List<String> TABELLEN = List.of("aanvraag", "aanvraag_status", "outbox", "aanvraag_spoor",
            "capability_modus", "capability_wissel", "aanvraag_routering", "schaduw_vergelijking",
            "verwerkingsactie", "zaak_replicatie");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Producten producten;

    private final Corpus corpus = new Corpus("midoffice");
    private Map<String, Long> voor;
    private int deadLettersVoor;

    @BeforeAll
    void stilEnGeteld() throws Exception {
        // what an earlier test in this context started has settled
        AtomicReference<Map<String, Long>> vorige = new AtomicReference<>();
        voor = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, Long> nu = tellingen();
            return nu.equals(vorige.getAndSet(nu)) ? nu : null;
        }, java.util.Objects::nonNull);
        deadLettersVoor = deadLetters();
        String token = token();
        String melding = AanvraagCorpus.geldig(BSN).get("melding").toString();
        corpus.voeg(AanvraagCorpus.voor(token, BSN, corpus.random()))
                .voeg(BurgerApiCorpus.voor(token, melding, corpus.random()))
                .voeg(BeheerCorpus.voor(beheerder(), token, corpus.random()))
                .voeg(CallbackCorpus.voor(CALLBACK_GEHEIM, corpus.random()));
    }

    @Test
    @Order(1)
    void theValidAanvragenTheCorpusDepartsFromAreValid() {
        AanvraagCorpus.geldig(BSN).forEach((naam, aanvraag) -> {
            var product = producten.get(aanvraag.get("product").asString());
            Validatie v = new Validatie();
            v.zonderStuurtekens(aanvraag, "", product.langeTeksten());
            product.valideer(aanvraag.get("gegevens"), BSN, v);
            assertThat(v.isGeldig()).as(naam).isTrue();
        });
        assertThat(corpus.grootte()).as("requests in the corpus").isGreaterThanOrEqualTo(800);
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyHostileRequestIsRefusedWithA4xxInTime() {
        return corpus.testen(port, Duration.ofSeconds(10), (verzoek, antwoord) -> {
            Corpus.weigert(verzoek, antwoord);
            if (antwoord.status() == 413) {
                assertThat(antwoord.isProblemJson()).as("%s -> %s", verzoek, antwoord.kort()).isTrue();
            }
        });
    }

    @Test
    @Order(3)
    void afterwardsNothingIsStoredAndTheMidofficeRegistersANormalMelding() throws Exception {
        System.out.println("[VijandigeInvoerIT] " + corpus.samenvatting());
        assertThat(tellingen()).as("rows per table").isEqualTo(voor);
        assertThat(deadLetters()).as("dead letters").isEqualTo(deadLettersVoor);
        registreertEenGewoneMelding();
    }

    private Map<String, Long> tellingen() {
        Map<String, Long> tellingen = new LinkedHashMap<>();
        for (String tabel : TABELLEN) {
            tellingen.put(tabel, jdbc.sql("select count(*) from " + tabel).query(Long.class).single());
        }
        return tellingen;
    }

    private int deadLetters() throws Exception {
        var antwoord = send(HttpRequest.newBuilder(uri("/api/v1/beheer/dead-letters"))
                .header("Authorization", beheerder()));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return json.readTree(antwoord.body()).get("deadLetters").size();
    }
}
