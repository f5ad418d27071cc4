package nl.midoffice.midoffice.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The traffic generator through the console API: at a rate it submits aanvragen that the real intake accepts
 * (stored with their outbox message and idempotency key, as client {@code verkeersgenerator}) and that the
 * orchestration takes on; at 0 it stops.
 */
class VerkeersgeneratorIT extends ConsoleIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Verkeersgenerator generator;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void uit() {
        generator.zet(0, "test");
    }

    record Rij(UUID id, String product, String gemeente, String bsn, String idempotencyKey) {
    }

    @Test
    void atARateItSubmitsAanvragenTheIntakeAcceptsAndAtZeroItStops() throws Exception {
        ConsoleSessie sessie = ingelogd();
        long voor = aantal();
        long geaccepteerdVoor = generator.stand().geaccepteerd();

        var aan = sessie.metCsrf("PUT", "/beheer/api/verkeer", "{\"perMinuut\":120}");
        assertThat(aan.statusCode()).isEqualTo(200);
        assertThat(json.readTree(aan.body()).get("perMinuut").asInt()).isEqualTo(120);
        await().atMost(Duration.ofSeconds(60)).until(() -> aantal() >= voor + 6);

        var uit = sessie.metCsrf("PUT", "/beheer/api/verkeer", "{\"perMinuut\":0}");
        assertThat(uit.statusCode()).isEqualTo(200);
        JsonNode stand = json.readTree(uit.body());
        assertThat(stand.get("perMinuut").asInt()).isZero();
        assertThat(stand.get("geweigerd").asLong()).as("every generated aanvraag is valid").isZero();
        long na = aantal();
        assertThat(stand.get("geaccepteerd").asLong() - geaccepteerdVoor).as("counted in the database")
                .isEqualTo(na - voor);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> aantal() == na);

        List<Rij> rijen = jdbc.sql("select id, product, gemeente, aanvrager_bsn, idempotency_key from aanvraag "
                        + "where client_id = 'verkeersgenerator'")
                .query((rs, n) -> new Rij(rs.getObject("id", UUID.class), rs.getString("product"), rs.getString("gemeente"),
                        rs.getString("aanvrager_bsn"), rs.getString("idempotency_key")))
                .list();
        assertThat(rijen).extracting(Rij::product).contains("melding-openbare-ruimte", "verhuizing", "parkeervergunning");
        assertThat(rijen).extracting(Rij::gemeente).contains("9001", "9002");
        assertThat(rijen).allSatisfy(r -> {
            assertThat(Testinwoners.ALLE).as("the applicant lives in the municipality applied in")
                    .anySatisfy(i -> {
                        assertThat(i.bsn()).isEqualTo(r.bsn());
                        assertThat(i.gemeente()).isEqualTo(r.gemeente());
                    });
            assertThat(r.idempotencyKey()).startsWith("verkeer-");
        });
        UUID verhuizing = rijen.stream().filter(r -> r.product().equals("verhuizing")).findFirst().orElseThrow().id();
        assertThat(jdbc.sql("select count(*) from outbox where aanvraag_id = :id").param("id", verhuizing)
                .query(Long.class).single()).as("stored with its outgoing message").isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from aanvraag_routering where aanvraag_id = :id and capability = 'persoonsgegevens'")
                .param("id", verhuizing).query(Long.class).single() == 1);

        JsonNode overzicht = json.readTree(sessie.get("/beheer/api/overzicht").body());
        assertThat(overzicht.get("instroom")).anySatisfy(i -> {
            assertThat(i.get("client").asString()).isEqualTo("verkeersgenerator");
            assertThat(i.get("totaal").asLong()).isPositive();
        });
        assertThat(overzicht.get("verkeer").get("perMinuut").asInt()).isZero();
    }

    @Test
    void aRateOutsideZeroTo120IsRefused() throws Exception {
        ConsoleSessie sessie = ingelogd();
        assertThat(sessie.metCsrf("PUT", "/beheer/api/verkeer", "{\"perMinuut\":121}").statusCode()).isEqualTo(400);
        assertThat(sessie.metCsrf("PUT", "/beheer/api/verkeer", "{\"perMinuut\":-1}").statusCode()).isEqualTo(400);
        assertThat(sessie.metCsrf("PUT", "/beheer/api/verkeer", "{}").statusCode()).isEqualTo(400);
        assertThat(generator.stand().perMinuut()).isZero();
    }

    private long aantal() {
        return jdbc.sql("select count(*) from aanvraag where client_id = 'verkeersgenerator'").query(Long.class).single();
    }
}
