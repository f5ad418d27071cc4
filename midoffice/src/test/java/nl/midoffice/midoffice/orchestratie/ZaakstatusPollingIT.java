package nl.midoffice.midoffice.orchestratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.midoffice.contracts.ZaakstatusOpvragen;
import nl.midoffice.midoffice.MidofficeIT;

/**
 * Polling goes round: a zaak never asked comes before the ones asked in the last round, however many old open zaken
 * there are (found by the stack tests: with more open zaken than one round holds, new ones were never asked).
 */
class ZaakstatusPollingIT extends MidofficeIT {

    @Autowired
    ZaakstatusPollingRoute polling;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewZaakIsAskedBeforeTheOnesAskedLastRound() {
        UUID oud = geregistreerd(Instant.now().minus(Duration.ofDays(30)));
        var eersteRonde = polling.vragen().stream().map(ZaakstatusOpvragen::aanvraagId).toList();
        assertThat(eersteRonde).contains(oud.toString());

        UUID nieuw = geregistreerd(Instant.now());
        var tweedeRonde = polling.vragen().stream().map(ZaakstatusOpvragen::aanvraagId).toList();
        assertThat(tweedeRonde.get(0)).as("never asked comes first, though it changed last").isEqualTo(nieuw.toString());
        assertThat(jdbc.sql("select count(*) from aanvraag where id in (:ids) and gepold_op is not null")
                .param("ids", java.util.List.of(oud, nieuw)).query(Long.class).single())
                .as("each round marks what it asked").isEqualTo(2);
    }

    private UUID geregistreerd(Instant gewijzigd) {
        UUID id = UUID.randomUUID();
        Timestamp t = Timestamp.from(gewijzigd);
        jdbc.sql("""
                insert into aanvraag (id, referentie, product, gemeente, aanvrager_bsn, gegevens, status, client_id,
                    verzoek_hash, correlation_id, ontvangen_op, gewijzigd_op, zaak_systeem, stap)
                values (:id, :ref, 'melding-openbare-ruimte', '9001', '999993653',
                    '{"categorie":"afval","omschrijving":"Zakken","locatie":{"postcode":"1234AB","huisnummer":1}}'::jsonb,
                    'GEREGISTREERD', 'test', 'x', :correlatie, :t, :t, 'legacy-suite', 'KLAAR')""")
                .param("id", id).param("ref", "P-" + id.toString().substring(0, 8))
                .param("correlatie", UUID.randomUUID().toString()).param("t", t).update();
        return id;
    }
}
