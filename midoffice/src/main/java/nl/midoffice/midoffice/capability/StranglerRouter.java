package nl.midoffice.midoffice.capability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.midoffice.contracts.Capability;

/**
 * The strangler fig: decides, per step of an aanvraag, which system serves the capability, from the
 * municipality's current mode. The decision is stored with the aanvraag the first time and reused after that,
 * so a switch while a message is in flight never sends one step to two systems: every aanvraag lands in the
 * system its mode selected when it was routed.
 */
@Component
public class StranglerRouter {

    private final JdbcClient jdbc;
    private final CapabilityModi modi;

    StranglerRouter(JdbcClient jdbc, CapabilityModi modi) {
        this.jdbc = jdbc;
        this.modi = modi;
    }

    /**
     * The routing of this step: a new one from the current mode, or, when the step was routed before (a redelivery,
     * a concurrent decision), the stored one. Two round trips for a new step: the mode, and the insert that returns
     * what it stored.
     */
    @Transactional
    public Routering route(UUID aanvraagId, String gemeente, Capability capability) {
        Modus modus = modi.modus(gemeente, capability);
        Routering nieuw = switch (modus) {
            case LEGACY -> new Routering(capability, modus, capability.legacySysteem(), null, Instant.now());
            case SHADOW -> new Routering(capability, modus, capability.legacySysteem(), capability.nieuwSysteem(),
                    Instant.now());
            case NEW -> new Routering(capability, modus, capability.nieuwSysteem(), null, Instant.now());
        };
        int opgeslagen = jdbc.sql("""
                insert into aanvraag_routering (aanvraag_id, capability, modus, systeem, schaduw_systeem, tijdstip)
                values (:id, :capability, :modus, :systeem, :schaduw, :tijdstip)
                on conflict do nothing""")
                .param("id", aanvraagId).param("capability", capability.id()).param("modus", modus.name())
                .param("systeem", nieuw.systeem()).param("schaduw", nieuw.schaduwSysteem())
                .param("tijdstip", Timestamp.from(nieuw.tijdstip())).update();
        // routed before, or a concurrent redelivery decided first: that decision counts
        return opgeslagen == 1 ? nieuw : routering(aanvraagId, capability).orElseThrow();
    }

    /** The stored routing of a step, if it was routed. */
    public Optional<Routering> routering(UUID aanvraagId, Capability capability) {
        return jdbc.sql("select capability, modus, systeem, schaduw_systeem, tijdstip from aanvraag_routering "
                        + "where aanvraag_id = :id and capability = :capability")
                .param("id", aanvraagId).param("capability", capability.id())
                .query((rs, n) -> new Routering(Capability.metId(rs.getString("capability")).orElseThrow(),
                        Modus.valueOf(rs.getString("modus")), rs.getString("systeem"),
                        rs.getString("schaduw_systeem"), rs.getTimestamp("tijdstip").toInstant()))
                .optional();
    }

    public java.util.List<Routering> routeringen(UUID aanvraagId) {
        return jdbc.sql("select capability, modus, systeem, schaduw_systeem, tijdstip from aanvraag_routering "
                        + "where aanvraag_id = :id order by tijdstip")
                .param("id", aanvraagId)
                .query((rs, n) -> new Routering(Capability.metId(rs.getString("capability")).orElseThrow(),
                        Modus.valueOf(rs.getString("modus")), rs.getString("systeem"),
                        rs.getString("schaduw_systeem"), rs.getTimestamp("tijdstip").toInstant()))
                .list();
    }
}
