package nl.midoffice.midoffice.orchestratie;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.ZaakstatusOpvragen;
import nl.midoffice.midoffice.MidofficeProperties;

/**
 * Which open zaken to ask a back office about, and when to ask each again, so that the cost follows what changes
 * rather than how many zaken are open: a zaak is due again after a fraction ({@code backoff}) of the time since its
 * status last changed, between {@code interval} and {@code max-interval}; a change makes it due at once. A round
 * takes at most {@link MidofficeProperties.Statuspolling#perRonde()} due zaken: three quarters the most recently
 * changed (a clerk is working on them), one quarter those waiting longest (so none is starved). Metrics:
 * {@code midoffice_statuspolling_vragen_total{systeem}} (questions sent), {@code midoffice_statuspolling_open} and
 * {@code midoffice_statuspolling_achterstallig} (open zaken tracked, and those due now).
 */
@Component
class ZaakstatusPolling {

    /** Open aanvragen the back office holds a zaak for: it registered the zaak, or a clerk decides the permit there. */
    private static final String OPEN = "status in ('GEREGISTREERD', 'IN_BEHANDELING') and (zaak_systeem = :systeem "
            + "or exists (select 1 from aanvraag_routering r where r.aanvraag_id = a.id "
            + "and r.capability = 'vergunningen' and r.systeem = :systeem))";
    private static final String DUE = " and (volgende_poll_op is null or volgende_poll_op <= :nu)";
    private static final String KOLOMMEN = "select id, correlation_id, gemeente, referentie, status, gewijzigd_op "
            + "from aanvraag a where ";

    private record Open(UUID id, String correlationId, String gemeente, String referentie, AanvraagStatus status,
            Instant gewijzigdOp) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final MidofficeProperties.Statuspolling instellingen;
    private final MeterRegistry meters;

    ZaakstatusPolling(JdbcClient jdbc, JdbcTemplate batch, MidofficeProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.instellingen = properties.statuspolling();
        this.meters = meters;
        meet(Systemen.LEGACY_SUITE);
    }

    /** One round's questions for a back office; marks each zaak asked, with the time it is due again. */
    List<ZaakstatusOpvragen> vragen(String systeem) {
        return vragen(systeem, instellingen.perRonde());
    }

    List<ZaakstatusOpvragen> vragen(String systeem, int perRonde) {
        Instant nu = Instant.now();
        int langstWachtend = Math.max(1, perRonde / 4);
        List<Open> zaken = jdbc.sql("(" + KOLOMMEN + OPEN + DUE + " order by gewijzigd_op desc limit :recent) union ("
                        + KOLOMMEN + OPEN + DUE + " order by volgende_poll_op nulls first limit :wachtend)")
                .param("systeem", systeem).param("nu", Timestamp.from(nu))
                .param("recent", Math.max(0, perRonde - langstWachtend)).param("wachtend", langstWachtend)
                .query((rs, n) -> new Open(rs.getObject("id", UUID.class), rs.getString("correlation_id"),
                        rs.getString("gemeente"), rs.getString("referentie"), AanvraagStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("gewijzigd_op").toInstant()))
                .list();
        batch.batchUpdate("update aanvraag set gepold_op = ?, volgende_poll_op = ? where id = ?", zaken.stream()
                .map(z -> new Object[] { Timestamp.from(nu), Timestamp.from(volgende(z.gewijzigdOp(), nu)), z.id() })
                .toList());
        return zaken.stream()
                .map(z -> new ZaakstatusOpvragen(UUID.randomUUID().toString(), z.correlationId(), z.id().toString(),
                        // the legacy suite keys its zaken on the reference, also the ones it holds only for a permit
                        z.gemeente(), z.referentie(), z.status(), nu))
                .toList();
    }

    /** When a zaak asked about now, whose status last changed at {@code gewijzigd}, is due again. */
    Instant volgende(Instant gewijzigd, Instant nu) {
        return volgende(gewijzigd, nu, instellingen);
    }

    static Instant volgende(Instant gewijzigd, Instant nu, MidofficeProperties.Statuspolling instellingen) {
        long stilMs = Math.max(0, Duration.between(gewijzigd, nu).toMillis());
        long wachtMs = Math.round(stilMs * instellingen.backoff());
        wachtMs = Math.min(instellingen.maxInterval().toMillis(), Math.max(instellingen.interval().toMillis(), wachtMs));
        return nu.plusMillis(wachtMs);
    }

    /** Counts a question that went out. */
    void gesteld(String systeem) {
        Counter.builder("midoffice.statuspolling.vragen").description("Status questions sent to a back office")
                .tag("systeem", systeem).register(meters).increment();
    }

    private void meet(String systeem) {
        Gauge.builder("midoffice.statuspolling.open", () -> tel(systeem, OPEN))
                .description("Open zaken whose status is tracked by polling").tag("systeem", systeem).register(meters);
        Gauge.builder("midoffice.statuspolling.achterstallig", () -> tel(systeem, OPEN + DUE))
                .description("Open zaken due to be asked about now").tag("systeem", systeem).register(meters);
    }

    private long tel(String systeem, String waar) {
        return jdbc.sql("select count(*) from aanvraag a where " + waar).param("systeem", systeem)
                .param("nu", Timestamp.from(Instant.now())).query(Long.class).single();
    }
}
