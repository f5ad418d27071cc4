package nl.midoffice.midoffice.aanvraag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.midoffice.contracts.AanvraagStatus;

/** Aanvragen and their status history in PostgreSQL. */
@Repository
public class AanvraagRepository {

    private static final String KOLOMMEN = "id, referentie, product, gemeente, aanvrager_bsn, gegevens::text as gegevens, "
            + "status, status_toelichting, zaak_systeem, zaak_identificatie, correlation_id, ontvangen_op, stap, "
            + "persoon::text as persoon";

    private final JdbcClient jdbc;

    AanvraagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long volgendReferentienummer() {
        return jdbc.sql("select nextval('aanvraag_referentie_seq')").query(Long.class).single();
    }

    /** Inserts unless the client already used this idempotency key; true when inserted. */
    boolean voegToe(Aanvraag a, String clientId, String idempotencyKey, String verzoekHash) {
        int rijen = jdbc.sql("""
                insert into aanvraag (id, referentie, product, gemeente, aanvrager_bsn, gegevens, status,
                    client_id, idempotency_key, verzoek_hash, correlation_id, ontvangen_op, gewijzigd_op)
                values (:id, :referentie, :product, :gemeente, :bsn, :gegevens::jsonb, :status,
                    :client, :sleutel, :hash, :correlation, :ontvangen, :ontvangen)
                on conflict (client_id, idempotency_key) do nothing""")
                .param("id", a.id()).param("referentie", a.referentie()).param("product", a.product())
                .param("gemeente", a.gemeente()).param("bsn", a.aanvragerBsn()).param("gegevens", a.gegevensJson())
                .param("status", a.status().name()).param("client", clientId).param("sleutel", idempotencyKey)
                .param("hash", verzoekHash).param("correlation", a.correlationId())
                .param("ontvangen", Timestamp.from(a.ontvangenOp()))
                .update();
        return rijen == 1;
    }

    record EerderVerzoek(Aanvraag aanvraag, String verzoekHash) {
    }

    Optional<EerderVerzoek> metIdempotencyKey(String clientId, String idempotencyKey) {
        return jdbc.sql("select " + KOLOMMEN + ", verzoek_hash from aanvraag where client_id = :client and idempotency_key = :sleutel")
                .param("client", clientId).param("sleutel", idempotencyKey)
                .query((rs, n) -> new EerderVerzoek(aanvraag(rs), rs.getString("verzoek_hash")))
                .optional();
    }

    public Optional<Aanvraag> vind(UUID id) {
        return jdbc.sql("select " + KOLOMMEN + " from aanvraag where id = :id").param("id", id)
                .query((rs, n) -> aanvraag(rs)).optional();
    }

    /** Locks the row for a status change, so concurrent results for one aanvraag are applied one by one. */
    public Optional<Aanvraag> vindVoorWijziging(UUID id) {
        return jdbc.sql("select " + KOLOMMEN + " from aanvraag where id = :id for update").param("id", id)
                .query((rs, n) -> aanvraag(rs)).optional();
    }

    public List<Aanvraag> vanAanvrager(String bsn, int max) {
        return jdbc.sql("select " + KOLOMMEN + " from aanvraag where aanvrager_bsn = :bsn order by ontvangen_op desc limit :max")
                .param("bsn", bsn).param("max", max)
                .query((rs, n) -> aanvraag(rs)).list();
    }

    /**
     * Aanvragen whose current step no back office has acknowledged since {@code voor}: still ONTVANGEN, or
     * registered and waiting for the permit service to take the application. Locked; concurrent sweepers skip
     * each other's.
     */
    public List<Aanvraag> onbevestigdSinds(Instant voor, int max) {
        return jdbc.sql("select " + KOLOMMEN + " from aanvraag where (status = 'ONTVANGEN' "
                        + "or (status = 'GEREGISTREERD' and stap = 'VERGUNNINGEN')) and gewijzigd_op < :voor "
                        + "order by gewijzigd_op limit :max for update skip locked")
                .param("voor", Timestamp.from(voor)).param("max", max)
                .query((rs, n) -> aanvraag(rs)).list();
    }

    public void zetStap(UUID id, String stap) {
        jdbc.sql("update aanvraag set stap = :stap where id = :id").param("id", id).param("stap", stap).update();
    }

    /** Keeps the person as the lookup answered, for the steps that need the address. */
    public void bewaarPersoon(UUID id, String persoonJson) {
        jdbc.sql("update aanvraag set persoon = :persoon::jsonb where id = :id")
                .param("id", id).param("persoon", persoonJson).update();
    }

    public void raakAan(UUID id, Instant tijdstip) {
        jdbc.sql("update aanvraag set gewijzigd_op = :tijdstip where id = :id")
                .param("id", id).param("tijdstip", Timestamp.from(tijdstip)).update();
    }

    /** A changed zaak is asked about again at once: what just changed is likely to change again soon. */
    public void wijzigStatus(UUID id, AanvraagStatus status, String toelichting, String zaakSysteem,
            String zaakIdentificatie, Instant tijdstip) {
        jdbc.sql("""
                update aanvraag set status = :status, status_toelichting = :toelichting,
                    zaak_systeem = coalesce(:systeem, zaak_systeem),
                    zaak_identificatie = coalesce(:zaak, zaak_identificatie), gewijzigd_op = :tijdstip,
                    volgende_poll_op = :tijdstip
                where id = :id""")
                .param("id", id).param("status", status.name()).param("toelichting", toelichting)
                .param("systeem", zaakSysteem).param("zaak", zaakIdentificatie).param("tijdstip", Timestamp.from(tijdstip))
                .update();
    }

    public void voegStatusToe(UUID id, AanvraagStatus status, String toelichting, String bron, Instant tijdstip) {
        jdbc.sql("insert into aanvraag_status (aanvraag_id, status, toelichting, bron, tijdstip) "
                        + "values (:id, :status, :toelichting, :bron, :tijdstip)")
                .param("id", id).param("status", status.name()).param("toelichting", toelichting)
                .param("bron", bron).param("tijdstip", Timestamp.from(tijdstip))
                .update();
    }

    public List<Aanvraag.Statuswijziging> historie(UUID id) {
        return jdbc.sql("select status, toelichting, bron, tijdstip from aanvraag_status where aanvraag_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new Aanvraag.Statuswijziging(AanvraagStatus.valueOf(rs.getString("status")),
                        rs.getString("toelichting"), rs.getString("bron"), rs.getTimestamp("tijdstip").toInstant()))
                .list();
    }

    private static Aanvraag aanvraag(ResultSet rs) throws SQLException {
        return new Aanvraag(rs.getObject("id", UUID.class), rs.getString("referentie"), rs.getString("product"),
                rs.getString("gemeente"), rs.getString("aanvrager_bsn"), rs.getString("gegevens"),
                AanvraagStatus.valueOf(rs.getString("status")), rs.getString("status_toelichting"),
                rs.getString("zaak_systeem"), rs.getString("zaak_identificatie"), rs.getString("correlation_id"),
                rs.getTimestamp("ontvangen_op").toInstant(), rs.getString("stap"), rs.getString("persoon"));
    }

}
