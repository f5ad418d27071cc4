package nl.midoffice.midoffice.orchestratie;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;
import nl.midoffice.midoffice.capability.CapabilityModi;
import nl.midoffice.midoffice.capability.Modus;
import nl.midoffice.midoffice.outbox.OutboxRepository;

/**
 * The "replicate" step of finishing zaakregistratie (OpenZaakBrug's name for it): the zaken a municipality's
 * aanvragen have in the legacy suite are registered in the zaken system as well, from the same data the legacy
 * suite got; while they are copied, the legacy suite keeps answering for them. Once zaakregistratie is
 * {@code NEW}, {@link #afronden} moves the copied zaken over: from then on their status comes from the zaken
 * system and the legacy suite is no longer asked. Copying is a job on one instance ({@link ZaakReplicatieRoute}):
 * asking for it on any instance records the wish in the database.
 */
@Component
public class ZaakReplicatie {

    private static final Logger log = LoggerFactory.getLogger(ZaakReplicatie.class);
    private static final int BATCH = 1000;

    public record Stand(String gemeente, long nogInLegacy, long verzonden, long gerepliceerd, long mislukt,
            long overgezet) {
    }

    /** Finishing asked before zaakregistratie is NEW: the legacy suite still registers new zaken. */
    public static class NogNietNieuw extends RuntimeException {
        NogNietNieuw(String gemeente) {
            super("zaakregistratie of " + gemeente + " is not NEW");
        }
    }

    private final JdbcClient jdbc;
    private final AanvraagRepository aanvragen;
    private final OutboxRepository outbox;
    private final Stappen stappen;
    private final CapabilityModi modi;
    private final TransactionTemplate transactie;

    ZaakReplicatie(JdbcClient jdbc, AanvraagRepository aanvragen, OutboxRepository outbox, Stappen stappen,
            CapabilityModi modi, TransactionTemplate transactie) {
        this.jdbc = jdbc;
        this.aanvragen = aanvragen;
        this.outbox = outbox;
        this.stappen = stappen;
        this.modi = modi;
        this.transactie = transactie;
    }

    /**
     * Asks for the municipality's legacy zaken to be copied: the instance elected for {@link ZaakReplicatieRoute}
     * copies them in batches until none is left. Returns how many wait to be copied now.
     */
    public long start(String gemeente, String door) {
        jdbc.sql("insert into zaak_replicatie_opdracht (gemeente, door, gevraagd_op) values (:gemeente, :door, now()) "
                        + "on conflict (gemeente) do update set door = excluded.door, gevraagd_op = excluded.gevraagd_op")
                .param("gemeente", gemeente).param("door", door).update();
        long aantal = stand(gemeente).nogInLegacy();
        log.info("Replication of the {} legacy zaken of {} to the zaken system asked by {}", aantal, gemeente, door);
        return aantal;
    }

    /** The job: the next batch of every municipality asked for; a municipality with nothing left is done. */
    int kopieerGevraagde() {
        int totaal = 0;
        var opdrachten = jdbc.sql("select gemeente, door from zaak_replicatie_opdracht order by gevraagd_op")
                .query((rs, n) -> java.util.Map.entry(rs.getString("gemeente"), rs.getString("door"))).list();
        for (var opdracht : opdrachten) {
            int aantal = transactie.execute(tx -> kopieer(opdracht.getKey()));
            if (aantal == 0) {
                jdbc.sql("delete from zaak_replicatie_opdracht where gemeente = :gemeente")
                        .param("gemeente", opdracht.getKey()).update();
                log.info("Replication of the legacy zaken of {} (asked by {}) sent", opdracht.getKey(),
                        opdracht.getValue());
            }
            totaal += aantal;
        }
        return totaal;
    }

    /** Sends the next legacy zaken of a municipality that were not sent yet (at most 1000); returns how many. */
    private int kopieer(String gemeente) {
        List<UUID> ids = jdbc.sql("""
                select a.id from aanvraag a where a.gemeente = :gemeente and a.zaak_systeem = :legacy
                and not exists (select 1 from zaak_replicatie r where r.aanvraag_id = a.id)
                order by a.ontvangen_op limit :max for update skip locked""")
                .param("gemeente", gemeente).param("legacy", Systemen.LEGACY_SUITE).param("max", BATCH)
                .query(UUID.class).list();
        Instant nu = Instant.now();
        for (UUID id : ids) {
            Aanvraag aanvraag = aanvragen.vind(id).orElseThrow();
            UUID messageId = UUID.randomUUID();
            // marked as a shadow call: the zaken system registers it for real, the citizen's view is untouched
            outbox.plaats(Queues.ZAKEN_ZAAK_REGISTREREN, messageId,
                    stappen.opdracht(aanvraag, Capability.ZAAKREGISTRATIE, messageId, true),
                    aanvraag.correlationId(), id);
            jdbc.sql("insert into zaak_replicatie (aanvraag_id, gemeente, status, verzonden_op, bijgewerkt_op) "
                            + "values (:id, :gemeente, 'VERZONDEN', :nu, :nu)")
                    .param("id", id).param("gemeente", gemeente).param("nu", Timestamp.from(nu)).update();
        }
        if (!ids.isEmpty()) {
            log.info("{} legacy zaken of {} sent to the zaken system", ids.size(), gemeente);
        }
        return ids.size();
    }

    /**
     * Takes the zaken system's answer to a replicated zaak; true when the result was about a replication (it then
     * says nothing to the citizen). Runs in the caller's transaction.
     */
    boolean verwerk(BackofficeResultaat resultaat, UUID aanvraagId) {
        if (!Systemen.ZAKEN.equals(resultaat.systeem()) || resultaat.capability() != Capability.ZAAKREGISTRATIE) {
            return false;
        }
        String nieuw = switch (resultaat.status()) {
            case GEREGISTREERD, IN_BEHANDELING, AFGEHANDELD -> "GEREPLICEERD";
            case AFGEWEZEN -> "MISLUKT";
            default -> null;
        };
        int rijen = jdbc.sql("update zaak_replicatie set status = coalesce(:status, status), toelichting = :reden, "
                        + "bijgewerkt_op = now() where aanvraag_id = :id and status in ('VERZONDEN', 'MISLUKT')")
                .param("status", nieuw).param("reden", resultaat.reden()).param("id", aanvraagId).update();
        boolean betreftReplicatie = rijen > 0 || jdbc.sql(
                "select count(*) from zaak_replicatie where aanvraag_id = :id and status = 'GEREPLICEERD'")
                .param("id", aanvraagId).query(Long.class).single() > 0;
        return betreftReplicatie;
    }

    /** Moves the copied zaken over to the zaken system; only when zaakregistratie is NEW. Returns how many. */
    @Transactional
    public int afronden(String gemeente, String door) {
        if (modi.modus(gemeente, Capability.ZAAKREGISTRATIE) != Modus.NEW) {
            throw new NogNietNieuw(gemeente);
        }
        List<UUID> ids = jdbc.sql("select aanvraag_id from zaak_replicatie where gemeente = :gemeente "
                        + "and status = 'GEREPLICEERD' for update")
                .param("gemeente", gemeente).query(UUID.class).list();
        for (UUID id : ids) {
            jdbc.sql("update aanvraag_routering set systeem = :zaken where aanvraag_id = :id and capability = :c")
                    .param("zaken", Systemen.ZAKEN).param("id", id).param("c", Capability.ZAAKREGISTRATIE.id()).update();
            jdbc.sql("update aanvraag set zaak_systeem = :zaken where id = :id")
                    .param("zaken", Systemen.ZAKEN).param("id", id).update();
            jdbc.sql("update zaak_replicatie set status = 'OVERGEZET', bijgewerkt_op = now() where aanvraag_id = :id")
                    .param("id", id).update();
        }
        log.info("{} replicated zaken of {} moved to the zaken system by {}", ids.size(), gemeente, door);
        return ids.size();
    }

    public Stand stand(String gemeente) {
        long nogInLegacy = jdbc.sql("select count(*) from aanvraag a where gemeente = :gemeente and zaak_systeem = :legacy "
                        + "and not exists (select 1 from zaak_replicatie r where r.aanvraag_id = a.id)")
                .param("gemeente", gemeente).param("legacy", Systemen.LEGACY_SUITE).query(Long.class).single();
        var tellingen = jdbc.sql("select status, count(*) as n from zaak_replicatie where gemeente = :gemeente group by status")
                .param("gemeente", gemeente)
                .query((rs, n) -> java.util.Map.entry(rs.getString("status"), rs.getLong("n"))).list();
        var per = new java.util.HashMap<String, Long>();
        tellingen.forEach(e -> per.put(e.getKey(), e.getValue()));
        return new Stand(gemeente, nogInLegacy, per.getOrDefault("VERZONDEN", 0L), per.getOrDefault("GEREPLICEERD", 0L),
                per.getOrDefault("MISLUKT", 0L), per.getOrDefault("OVERGEZET", 0L));
    }

}
