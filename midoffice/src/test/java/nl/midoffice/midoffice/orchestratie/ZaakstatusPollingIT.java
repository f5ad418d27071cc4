package nl.midoffice.midoffice.orchestratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;

import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.ZaakstatusOpvragen;
import nl.midoffice.midoffice.MidofficeIT;

/**
 * Polling asks what is likely to change: a fresh zaak at once and then again only after the interval, a zaak quiet for
 * long seldom; a round holds a capped number of zaken, most of them the most recently changed, some of those waiting
 * longest, so that neither a busy clerk's zaken nor the quiet ones wait forever.
 */
class ZaakstatusPollingIT extends MidofficeIT {

    private static final String LEGACY = Systemen.LEGACY_SUITE;

    @Autowired
    ZaakstatusPolling polling;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void aFreshZaakIsAskedAtOnceAndNotAgainWithinTheInterval() {
        UUID vers = geregistreerd(Instant.now(), null);

        assertThat(gevraagd(polling.vragen(LEGACY, 1000))).contains(vers);
        assertThat(gevraagd(polling.vragen(LEGACY, 1000))).as("not due again yet").doesNotContain(vers);
        assertThat(volgendePoll(vers)).isBetween(Instant.now().plusSeconds(1), Instant.now().plus(Duration.ofHours(1)));
    }

    @Test
    void aZaakQuietForWeeksIsAskedOnlyAfterTheLongestInterval() {
        UUID stil = geregistreerd(Instant.now().minus(Duration.ofDays(30)), null);

        assertThat(gevraagd(polling.vragen(LEGACY, 1000))).contains(stil);
        assertThat(volgendePoll(stil)).as("max-interval, 2 h")
                .isBetween(Instant.now().plus(Duration.ofMinutes(119)), Instant.now().plus(Duration.ofMinutes(121)));
    }

    @Test
    void aRoundTakesTheMostRecentlyChangedAndSomeOfThoseWaitingLongest() {
        Instant nu = Instant.now();
        List<UUID> recent = new ArrayList<>();
        List<UUID> wachtend = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // changed seconds ago, due a moment ago
            recent.add(geregistreerd(nu.minusSeconds(i + 1), nu.minusSeconds(1)));
            // quiet for a year, due since long before anything else
            wachtend.add(geregistreerd(nu.minus(Duration.ofDays(365)), nu.minus(Duration.ofDays(3650 - i))));
        }

        List<UUID> ronde = gevraagd(polling.vragen(LEGACY, 8));

        assertThat(ronde).hasSize(8);
        assertThat(ronde).as("the six most recently changed").containsAll(recent.subList(0, 6));
        assertThat(ronde).as("and the two waiting longest").containsAll(wachtend.subList(0, 2));
        assertThat(ronde).doesNotContainAnyElementsOf(recent.subList(6, 20));
    }

    @Test
    void theMetricsTellOpenAndDueZakenAndQuestionsSent() {
        geregistreerd(Instant.now(), null);
        double open = meters.get("midoffice.statuspolling.open").tag("systeem", LEGACY).gauge().value();
        double due = meters.get("midoffice.statuspolling.achterstallig").tag("systeem", LEGACY).gauge().value();
        assertThat(open).isPositive();
        assertThat(due).isPositive().isLessThanOrEqualTo(open);

        polling.gesteld(LEGACY);
        assertThat(meters.get("midoffice.statuspolling.vragen").tag("systeem", LEGACY).counter().count()).isPositive();
    }

    private static List<UUID> gevraagd(List<ZaakstatusOpvragen> vragen) {
        return vragen.stream().map(v -> UUID.fromString(v.aanvraagId())).toList();
    }

    private Instant volgendePoll(UUID id) {
        return jdbc.sql("select volgende_poll_op from aanvraag where id = :id").param("id", id)
                .query(Timestamp.class).single().toInstant();
    }

    private UUID geregistreerd(Instant gewijzigd, Instant volgendePoll) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into aanvraag (id, referentie, product, gemeente, aanvrager_bsn, gegevens, status, client_id,
                    verzoek_hash, correlation_id, ontvangen_op, gewijzigd_op, zaak_systeem, stap, volgende_poll_op)
                values (:id, :ref, 'melding-openbare-ruimte', '9001', '999993653',
                    '{"categorie":"afval","omschrijving":"Zakken","locatie":{"postcode":"1234AB","huisnummer":1}}'::jsonb,
                    'GEREGISTREERD', 'test', 'x', :correlatie, :t, :t, 'legacy-suite', 'KLAAR', :volgende)""")
                .param("id", id).param("ref", "P-" + id.toString().substring(0, 8))
                .param("correlatie", UUID.randomUUID().toString()).param("t", Timestamp.from(gewijzigd))
                .param("volgende", volgendePoll == null ? null : Timestamp.from(volgendePoll)).update();
        return id;
    }
}
