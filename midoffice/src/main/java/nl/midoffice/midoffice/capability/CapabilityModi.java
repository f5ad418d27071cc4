package nl.midoffice.midoffice.capability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.midoffice.contracts.Capability;
import nl.midoffice.midoffice.MidofficeProperties;

/**
 * The mode of every capability per municipality, in PostgreSQL, read on every routing decision. A municipality
 * starts with every capability {@code LEGACY} (route 1). Every switch is recorded: who, when, from, to.
 */
@Component
public class CapabilityModi implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CapabilityModi.class);

    /** The current mode of one capability in one municipality. */
    public record Stand(String gemeente, Capability capability, Modus modus, Instant gewijzigdOp, String gewijzigdDoor) {
    }

    /** One switch. */
    public record Wissel(long id, String gemeente, Capability capability, Modus van, Modus naar, String door,
            Instant tijdstip) {
    }

    private final JdbcClient jdbc;
    private final MidofficeProperties properties;

    CapabilityModi(JdbcClient jdbc, MidofficeProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Every municipality this mid-office serves starts on route 1; what was switched before stays as it was. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String gemeente : properties.gemeenten().keySet()) {
            for (Capability capability : Capability.values()) {
                jdbc.sql("""
                        insert into capability_modus (gemeente, capability, modus, gewijzigd_op, gewijzigd_door)
                        values (:gemeente, :capability, 'LEGACY', :nu, 'standaard')
                        on conflict do nothing""")
                        .param("gemeente", gemeente).param("capability", capability.id())
                        .param("nu", Timestamp.from(Instant.now())).update();
            }
        }
    }

    public boolean bestaat(String gemeente) {
        return properties.gemeenten().containsKey(gemeente);
    }

    public Map<String, String> gemeenten() {
        return properties.gemeenten();
    }

    public Modus modus(String gemeente, Capability capability) {
        return stand(gemeente, capability).map(Stand::modus).orElse(Modus.LEGACY);
    }

    public Optional<Stand> stand(String gemeente, Capability capability) {
        return jdbc.sql("select gemeente, capability, modus, gewijzigd_op, gewijzigd_door from capability_modus "
                        + "where gemeente = :gemeente and capability = :capability")
                .param("gemeente", gemeente).param("capability", capability.id())
                .query((rs, n) -> stand(rs)).optional();
    }

    /** The modes of a municipality in the order of {@link Capability}. */
    public List<Stand> standen(String gemeente) {
        List<Stand> standen = new ArrayList<>();
        for (Capability capability : Capability.values()) {
            standen.add(stand(gemeente, capability)
                    .orElse(new Stand(gemeente, capability, Modus.LEGACY, null, null)));
        }
        return standen;
    }

    /** Switches a capability; a switch to the mode it already has is recorded nowhere and changes nothing. */
    @Transactional
    public Stand wissel(String gemeente, Capability capability, Modus naar, String door) {
        Instant nu = Instant.now();
        Modus van = jdbc.sql("select modus from capability_modus where gemeente = :gemeente and capability = :capability for update")
                .param("gemeente", gemeente).param("capability", capability.id())
                .query(String.class).optional().map(Modus::valueOf).orElse(Modus.LEGACY);
        if (van == naar) {
            return stand(gemeente, capability).orElseThrow();
        }
        jdbc.sql("""
                insert into capability_modus (gemeente, capability, modus, gewijzigd_op, gewijzigd_door)
                values (:gemeente, :capability, :modus, :nu, :door)
                on conflict (gemeente, capability) do update
                    set modus = excluded.modus, gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door""")
                .param("gemeente", gemeente).param("capability", capability.id()).param("modus", naar.name())
                .param("nu", Timestamp.from(nu)).param("door", door).update();
        jdbc.sql("insert into capability_wissel (gemeente, capability, van, naar, door, tijdstip) "
                        + "values (:gemeente, :capability, :van, :naar, :door, :nu)")
                .param("gemeente", gemeente).param("capability", capability.id()).param("van", van.name())
                .param("naar", naar.name()).param("door", door).param("nu", Timestamp.from(nu)).update();
        log.info("Gemeente {} capability {}: {} -> {} by {}", gemeente, capability.id(), van, naar, door);
        return new Stand(gemeente, capability, naar, nu, door);
    }

    /** The most recent switches, newest first. */
    public List<Wissel> wissels(int max) {
        return jdbc.sql("select id, gemeente, capability, van, naar, door, tijdstip from capability_wissel "
                        + "order by id desc limit :max")
                .param("max", max)
                .query((rs, n) -> new Wissel(rs.getLong("id"), rs.getString("gemeente"),
                        Capability.metId(rs.getString("capability")).orElseThrow(), Modus.valueOf(rs.getString("van")),
                        Modus.valueOf(rs.getString("naar")), rs.getString("door"),
                        rs.getTimestamp("tijdstip").toInstant()))
                .list();
    }

    private static Stand stand(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stand(rs.getString("gemeente"), Capability.metId(rs.getString("capability")).orElseThrow(),
                Modus.valueOf(rs.getString("modus")), rs.getTimestamp("gewijzigd_op").toInstant(),
                rs.getString("gewijzigd_door"));
    }
}
