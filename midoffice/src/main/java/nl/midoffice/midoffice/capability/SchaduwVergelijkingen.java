package nl.midoffice.midoffice.capability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import nl.midoffice.contracts.Capability;

/**
 * The SHADOW parallel run: the legacy system's answer and the new system's answer to the same call, each
 * normalised to the canonical model ({@code key=value} lines), compared once both are in. Differences are counted
 * per capability ({@code midoffice_schaduw_vergelijkingen_total{capability,uitkomst}}) and each one can be
 * inspected. Only the first answer of each side counts; later ones (a redelivery, a later status) change nothing.
 */
@Component
public class SchaduwVergelijkingen {

    private static final Logger log = LoggerFactory.getLogger(SchaduwVergelijkingen.class);

    public enum Uitkomst { WACHT, GELIJK, VERSCHIL }

    public record Vergelijking(long id, UUID aanvraagId, String gemeente, Capability capability, String legacySysteem,
            String nieuwSysteem, String legacyAntwoord, String nieuwAntwoord, List<String> verschillen,
            Uitkomst uitkomst, Instant bijgewerktOp) {
    }

    public record Telling(String gemeente, Capability capability, long gelijk, long verschil, long wacht) {
    }

    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    SchaduwVergelijkingen(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /** Records one side's answer; must run in the transaction that handles the answer. */
    public void antwoord(UUID aanvraagId, String gemeente, Routering routering, boolean legacyKant,
            Map<String, String> genormaliseerd) {
        String tekst = tekst(genormaliseerd);
        String legacySysteem = routering.systeem();
        String nieuwSysteem = routering.schaduwSysteem();
        jdbc.sql("""
                insert into schaduw_vergelijking (aanvraag_id, gemeente, capability, legacy_systeem, nieuw_systeem,
                    uitkomst, bijgewerkt_op)
                values (:id, :gemeente, :capability, :legacy, :nieuw, 'WACHT', :nu)
                on conflict (aanvraag_id, capability) do nothing""")
                .param("id", aanvraagId).param("gemeente", gemeente).param("capability", routering.capability().id())
                .param("legacy", legacySysteem).param("nieuw", nieuwSysteem).param("nu", Timestamp.from(Instant.now()))
                .update();
        var rij = jdbc.sql("select legacy_antwoord, nieuw_antwoord from schaduw_vergelijking "
                        + "where aanvraag_id = :id and capability = :capability for update")
                .param("id", aanvraagId).param("capability", routering.capability().id())
                .query((rs, n) -> new String[] {rs.getString("legacy_antwoord"), rs.getString("nieuw_antwoord")})
                .single();
        String legacy = rij[0];
        String nieuw = rij[1];
        if (legacyKant ? legacy != null : nieuw != null) {
            return;
        }
        if (legacyKant) {
            legacy = tekst;
        } else {
            nieuw = tekst;
        }
        List<String> verschillen = legacy != null && nieuw != null ? verschillen(legacy, nieuw) : List.of();
        Uitkomst uitkomst = legacy == null || nieuw == null ? Uitkomst.WACHT
                : verschillen.isEmpty() ? Uitkomst.GELIJK : Uitkomst.VERSCHIL;
        jdbc.sql("""
                update schaduw_vergelijking set legacy_antwoord = :legacy, nieuw_antwoord = :nieuw,
                    verschillen = :verschillen, uitkomst = :uitkomst, bijgewerkt_op = :nu
                where aanvraag_id = :id and capability = :capability""")
                .param("legacy", legacy).param("nieuw", nieuw).param("verschillen", String.join("\n", verschillen))
                .param("uitkomst", uitkomst.name()).param("nu", Timestamp.from(Instant.now()))
                .param("id", aanvraagId).param("capability", routering.capability().id()).update();
        if (uitkomst != Uitkomst.WACHT) {
            meters.counter("midoffice.schaduw.vergelijkingen", "capability", routering.capability().id(),
                    "uitkomst", uitkomst.name()).increment();
            log.info("Shadow run of {} for aanvraag {}: {}{}", routering.capability().id(), aanvraagId, uitkomst,
                    uitkomst == Uitkomst.VERSCHIL ? " in " + verschillen.size() + " field(s)" : "");
        }
    }

    /** Per municipality and capability: how many comparisons were equal, different, or wait for a side. */
    public List<Telling> tellingen() {
        return jdbc.sql("""
                select gemeente, capability,
                    count(*) filter (where uitkomst = 'GELIJK') as gelijk,
                    count(*) filter (where uitkomst = 'VERSCHIL') as verschil,
                    count(*) filter (where uitkomst = 'WACHT') as wacht
                from schaduw_vergelijking group by gemeente, capability order by gemeente, capability""")
                .query((rs, n) -> new Telling(rs.getString("gemeente"),
                        Capability.metId(rs.getString("capability")).orElseThrow(), rs.getLong("gelijk"),
                        rs.getLong("verschil"), rs.getLong("wacht")))
                .list();
    }

    /** The most recent comparisons, newest first; only the differences when {@code alleenVerschillen}. */
    public List<Vergelijking> recent(boolean alleenVerschillen, int max) {
        return jdbc.sql("select * from schaduw_vergelijking"
                        + (alleenVerschillen ? " where uitkomst = 'VERSCHIL'" : "") + " order by bijgewerkt_op desc limit :max")
                .param("max", max).query((rs, n) -> vergelijking(rs)).list();
    }

    public Optional<Vergelijking> vind(long id) {
        return jdbc.sql("select * from schaduw_vergelijking where id = :id").param("id", id)
                .query((rs, n) -> vergelijking(rs)).optional();
    }

    private static Vergelijking vergelijking(java.sql.ResultSet rs) throws java.sql.SQLException {
        String verschillen = rs.getString("verschillen");
        return new Vergelijking(rs.getLong("id"), rs.getObject("aanvraag_id", UUID.class), rs.getString("gemeente"),
                Capability.metId(rs.getString("capability")).orElseThrow(), rs.getString("legacy_systeem"),
                rs.getString("nieuw_systeem"), rs.getString("legacy_antwoord"), rs.getString("nieuw_antwoord"),
                verschillen == null || verschillen.isEmpty() ? List.of() : List.of(verschillen.split("\n")),
                Uitkomst.valueOf(rs.getString("uitkomst")), rs.getTimestamp("bijgewerkt_op").toInstant());
    }

    static String tekst(Map<String, String> genormaliseerd) {
        StringBuilder tekst = new StringBuilder();
        new TreeMap<>(genormaliseerd).forEach((k, v) -> tekst.append(k).append('=').append(v == null ? "" : v).append('\n'));
        return tekst.toString();
    }

    /** One line per field whose value differs: {@code adres.straat: legacy "Oude Gracht" / nieuw "Nieuwe Gracht"}. */
    static List<String> verschillen(String legacy, String nieuw) {
        Map<String, String> l = velden(legacy);
        Map<String, String> n = velden(nieuw);
        TreeSet<String> sleutels = new TreeSet<>(l.keySet());
        sleutels.addAll(n.keySet());
        List<String> verschillen = new ArrayList<>();
        for (String sleutel : sleutels) {
            String a = l.getOrDefault(sleutel, "");
            String b = n.getOrDefault(sleutel, "");
            if (!a.equals(b)) {
                verschillen.add(sleutel + ": legacy \"" + a + "\" / nieuw \"" + b + "\"");
            }
        }
        return verschillen;
    }

    private static Map<String, String> velden(String tekst) {
        Map<String, String> velden = new TreeMap<>();
        for (String regel : tekst.split("\n")) {
            int is = regel.indexOf('=');
            if (is > 0) {
                velden.put(regel.substring(0, is), regel.substring(is + 1));
            }
        }
        return velden;
    }
}
