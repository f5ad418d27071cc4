package nl.midoffice.midoffice.orchestratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.TextMessage;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.MidofficeIT;

/** An aanvraag no back office ever reported on is sent again, once per period, and recent ones are left alone. */
class HerstelIT extends MidofficeIT {

    @Autowired
    Herstel herstel;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JmsTemplate jms;

    @Test
    void anAanvraagStillOntvangenLongAfterIntakeIsSentAgainOnce() throws Exception {
        UUID vergeten = aanvraag(Instant.now().minus(Duration.ofMinutes(20)));
        UUID recent = aanvraag(Instant.now());

        assertThat(herstel.herzend()).isGreaterThanOrEqualTo(1);
        assertThat(herstel.herzend()).as("not again until the period has passed").isZero();

        jms.setReceiveTimeout(15_000);
        var opdracht = (TextMessage) jms.receiveSelected(Queues.LEGACY_SUITE_ZAAK_REGISTREREN,
                "midofficeAanvraagId = '" + vergeten + "'");
        assertThat(opdracht).as("the forgotten aanvraag goes to the back office again").isNotNull();
        assertThat(opdracht.getText()).contains(vergeten.toString());
        assertThat(jdbc.sql("select count(*) from outbox where aanvraag_id = :id").param("id", recent)
                .query(Long.class).single()).as("a recent aanvraag is left alone").isZero();
    }

    private UUID aanvraag(Instant gewijzigd) {
        UUID id = UUID.randomUUID();
        Timestamp t = Timestamp.from(gewijzigd);
        jdbc.sql("""
                insert into aanvraag (id, referentie, product, gemeente, aanvrager_bsn, gegevens, status, client_id,
                    verzoek_hash, correlation_id, ontvangen_op, gewijzigd_op)
                values (:id, :ref, 'melding-openbare-ruimte', '9001', '999993653',
                    '{"categorie":"afval","omschrijving":"Zakken","locatie":{"postcode":"1234AB","huisnummer":1}}'::jsonb,
                    'ONTVANGEN', 'test', 'x', :correlatie, :t, :t)""")
                .param("id", id).param("ref", "H-" + id.toString().substring(0, 8))
                .param("correlatie", UUID.randomUUID().toString()).param("t", t).update();
        return id;
    }
}
