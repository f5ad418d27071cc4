package nl.midoffice.midoffice.console;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.midoffice.midoffice.aanvraag.AanvraagIntake;
import nl.midoffice.midoffice.aanvraag.OngeldigeAanvraagException;
import nl.midoffice.midoffice.aanvraag.Ontvangst;
import nl.midoffice.midoffice.api.CorrelationIdFilter;
import nl.midoffice.midoffice.spoor.Spoor;

/**
 * Simulated citizens for the demo: submits aanvragen at the rate the architect sets (0 is off) through the real
 * intake — the same validation, the same transaction with the outbox, an idempotency key — as the client
 * {@value #CLIENT}, so everything downstream treats them like the portal's. The rate and the counts are one database
 * row, so every instance's console shows the same; only the instance elected for {@link VerkeersgeneratorRoute}
 * submits. Each submission holds that row's lock, and {@link #zet} waits for it: after {@code zet} returns, no
 * further aanvraag is submitted at the old rate, whichever instance generates.
 */
@Component
public class Verkeersgenerator {

    public static final String CLIENT = "verkeersgenerator";
    public static final int MAX_PER_MINUUT = 120;

    private static final Logger log = LoggerFactory.getLogger(Verkeersgenerator.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String STAND = "select per_minuut, verzonden, geaccepteerd, geweigerd, laatste_weigering, "
            + "laatste_aanvraag_op from verkeersgenerator where id = 1";

    /** What the generator does and has done. */
    public record Stand(int perMinuut, int maxPerMinuut, long verzonden, long geaccepteerd, long geweigerd,
            String laatsteWeigering, Instant laatsteAanvraagOp) {
    }

    private record Tempo(int perMinuut, Instant gewijzigdOp) {
    }

    private final AanvraagIntake intake;
    private final Spoor spoor;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final RandomGenerator random = RandomGenerator.getDefault();
    /** The schedule of the elected instance: the tempo it follows and when the next aanvraag is due. */
    private Tempo gevolgd;
    private Instant volgendeOp;

    Verkeersgenerator(AanvraagIntake intake, Spoor spoor, JdbcClient jdbc, TransactionTemplate transactie) {
        this.intake = intake;
        this.spoor = spoor;
        this.jdbc = jdbc;
        this.transactie = transactie;
    }

    public Stand stand() {
        return jdbc.sql(STAND).query((rs, n) -> new Stand(rs.getInt("per_minuut"), MAX_PER_MINUUT, rs.getLong("verzonden"),
                rs.getLong("geaccepteerd"), rs.getLong("geweigerd"), rs.getString("laatste_weigering"),
                rs.getTimestamp("laatste_aanvraag_op") == null ? null : rs.getTimestamp("laatste_aanvraag_op").toInstant()))
                .single();
    }

    /** Sets the rate (aanvragen per minute, 0 to {@value #MAX_PER_MINUUT}); 0 stops the generator. */
    public Stand zet(int nieuw, String door) {
        if (nieuw < 0 || nieuw > MAX_PER_MINUUT) {
            throw new IllegalArgumentException("rate out of range: " + nieuw);
        }
        jdbc.sql("update verkeersgenerator set per_minuut = :n, gewijzigd_door = :door, gewijzigd_op = now() where id = 1")
                .param("n", nieuw).param("door", door).update();
        log.info("Traffic generator set to {} aanvragen per minute by {}", nieuw, door);
        return stand();
    }

    /** A tick of the elected instance: submits the aanvragen due at the current rate since the last tick. */
    synchronized void tik() {
        Tempo tempo = jdbc.sql("select per_minuut, gewijzigd_op from verkeersgenerator where id = 1")
                .query((rs, n) -> new Tempo(rs.getInt("per_minuut"), rs.getTimestamp("gewijzigd_op") == null ? null
                        : rs.getTimestamp("gewijzigd_op").toInstant()))
                .single();
        Instant nu = Instant.now();
        if (tempo.perMinuut() == 0) {
            gevolgd = null;
            return;
        }
        Duration periode = Duration.ofMillis(60_000L / tempo.perMinuut());
        if (!tempo.equals(gevolgd)) {
            gevolgd = tempo;
            volgendeOp = nu.plus(periode);
            return;
        }
        if (volgendeOp.plus(periode).isBefore(nu)) {
            // a pause (failover, a slow database) is not made up for with a burst
            volgendeOp = nu;
        }
        while (!nu.isBefore(volgendeOp)) {
            volgendeOp = volgendeOp.plus(periode);
            dienIn();
        }
    }

    private void dienIn() {
        String correlationId = UUID.randomUUID().toString();
        MDC.put(CorrelationIdFilter.MDC_KEY, correlationId);
        try {
            transactie.executeWithoutResult(tx -> {
                int perMinuut = jdbc.sql("select per_minuut from verkeersgenerator where id = 1 for update")
                        .query(Integer.class).single();
                if (perMinuut > 0) {
                    long n = jdbc.sql("update verkeersgenerator set verzonden = verzonden + 1 where id = 1 "
                            + "returning verzonden").query(Long.class).single();
                    dienIn(Verkeersaanvragen.maak(n - 1, random, LocalDate.now(AMSTERDAM)), correlationId);
                }
            });
        } catch (RuntimeException e) {
            // the message of a database error may quote the row, BSN included: only its type
            geweigerd(e.getClass().getSimpleName());
            log.warn("Traffic generator: submitting failed with {}", e.getClass().getName());
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }

    private void dienIn(Verkeersaanvragen.Verzoek verzoek, String correlationId) {
        Instant start = Instant.now();
        try {
            Ontvangst ontvangst = intake.dienIn(verzoek.body(), new AanvraagIntake.Namens(verzoek.bsn(), CLIENT),
                    "verkeer-" + UUID.randomUUID(), correlationId);
            spoor.leg(ontvangst.id(), "midoffice.intake", start, Duration.between(start, Instant.now()).toMillis(),
                    Spoor.Uitkomst.OK, "202 Accepted, client " + CLIENT);
            jdbc.sql("update verkeersgenerator set geaccepteerd = geaccepteerd + 1, laatste_aanvraag_op = :nu "
                    + "where id = 1").param("nu", Timestamp.from(Instant.now())).update();
        } catch (OngeldigeAanvraagException e) {
            String reden = verzoek.product() + ": " + e.invalidParams().stream()
                    .map(p -> p.name() + " (" + p.reason() + ")").toList();
            geweigerd(reden);
            log.warn("Traffic generator: the intake refused a {} for {}: {}", verzoek.product(), verzoek.gemeente(),
                    reden);
        }
    }

    private void geweigerd(String reden) {
        jdbc.sql("update verkeersgenerator set geweigerd = geweigerd + 1, laatste_weigering = :reden where id = 1")
                .param("reden", reden.length() > 1000 ? reden.substring(0, 1000) : reden).update();
    }
}
