package nl.midoffice.midoffice.spoor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hops of each aanvraag through the mid-office and its back offices. */
@Repository
public class Spoor {

    /** How a hop ended. */
    public enum Uitkomst { OK, FOUT, GEPARKEERD }

    public record Stap(String stap, Instant tijdstip, long duurMs, Uitkomst uitkomst, String detail) {
    }

    private static final int MAX_DETAIL = 1000;

    private final JdbcClient jdbc;
    private final SpoorSchrijver schrijver;

    Spoor(JdbcClient jdbc, SpoorSchrijver schrijver) {
        this.jdbc = jdbc;
        this.schrijver = schrijver;
    }

    /** Records a hop; written within milliseconds, in a batch with others ({@link SpoorSchrijver}). */
    public void leg(UUID aanvraagId, String stap, Instant tijdstip, long duurMs, Uitkomst uitkomst, String detail) {
        schrijver.schrijf(new SpoorSchrijver.Regel(aanvraagId, stap, Timestamp.from(tijdstip), duurMs, uitkomst.name(),
                detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL)));
    }

    public List<Stap> van(UUID aanvraagId) {
        return jdbc.sql("select stap, tijdstip, duur_ms, uitkomst, detail from aanvraag_spoor "
                        + "where aanvraag_id = :id order by tijdstip, id")
                .param("id", aanvraagId)
                .query((rs, n) -> new Stap(rs.getString("stap"), rs.getTimestamp("tijdstip").toInstant(),
                        rs.getLong("duur_ms"), Uitkomst.valueOf(rs.getString("uitkomst")), rs.getString("detail")))
                .list();
    }
}
