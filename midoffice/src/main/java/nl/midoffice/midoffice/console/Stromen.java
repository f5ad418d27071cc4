package nl.midoffice.midoffice.console;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The console's read model of what flows where: counted from the stored aanvragen and their routings (the
 * strangler router's decisions), so the picture shows what the mid-office really did, not what the modes say it
 * would do. Read only; no BSN leaves this class.
 */
@Component
class Stromen {

    /** Where the steps of one capability went in one municipality: to one system, as the answer or as a shadow copy. */
    record Stroom(String gemeente, String capability, String systeem, boolean schaduw, long totaal, long recent) {
    }

    /** Aanvragen of one municipality from one client (front office). */
    record Instroom(String gemeente, String client, long totaal, long recent) {
    }

    record StatusTelling(String gemeente, String status, long aantal) {
    }

    /** Where one step of an aanvraag went. */
    record Stap(String capability, String modus, String systeem, String schaduwSysteem) {
    }

    /** An aanvraag in the live feed. */
    record RecenteAanvraag(UUID id, String referentie, String product, String gemeente, String status, String client,
            Instant ontvangenOp, Instant gewijzigdOp, List<Stap> stappen) {
    }

    private final JdbcClient jdbc;

    Stromen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Stroom> stromen(Instant sinds) {
        List<Stroom> stromen = new ArrayList<>();
        jdbc.sql("""
                select a.gemeente, r.capability, r.systeem, r.schaduw_systeem, count(*) as totaal,
                    count(*) filter (where r.tijdstip >= :sinds) as recent
                from aanvraag_routering r join aanvraag a on a.id = r.aanvraag_id
                group by a.gemeente, r.capability, r.systeem, r.schaduw_systeem""")
                .param("sinds", Timestamp.from(sinds))
                .query(rs -> {
                    String gemeente = rs.getString("gemeente");
                    String capability = rs.getString("capability");
                    long totaal = rs.getLong("totaal");
                    long recent = rs.getLong("recent");
                    stromen.add(new Stroom(gemeente, capability, rs.getString("systeem"), false, totaal, recent));
                    if (rs.getString("schaduw_systeem") != null) {
                        stromen.add(new Stroom(gemeente, capability, rs.getString("schaduw_systeem"), true, totaal, recent));
                    }
                });
        // one row per (gemeente, capability, systeem, schaduw): a system may be reached under several modes
        Map<String, Stroom> opgeteld = new LinkedHashMap<>();
        for (Stroom s : stromen) {
            opgeteld.merge(s.gemeente() + "|" + s.capability() + "|" + s.systeem() + "|" + s.schaduw(), s,
                    (a, b) -> new Stroom(a.gemeente(), a.capability(), a.systeem(), a.schaduw(),
                            a.totaal() + b.totaal(), a.recent() + b.recent()));
        }
        return List.copyOf(opgeteld.values());
    }

    List<Instroom> instroom(Instant sinds) {
        return jdbc.sql("""
                select gemeente, client_id, count(*) as totaal, count(*) filter (where ontvangen_op >= :sinds) as recent
                from aanvraag group by gemeente, client_id order by gemeente, client_id""")
                .param("sinds", Timestamp.from(sinds))
                .query((rs, n) -> new Instroom(rs.getString("gemeente"), rs.getString("client_id"), rs.getLong("totaal"),
                        rs.getLong("recent")))
                .list();
    }

    List<StatusTelling> statussen() {
        return jdbc.sql("select gemeente, status, count(*) as aantal from aanvraag group by gemeente, status "
                        + "order by gemeente, status")
                .query((rs, n) -> new StatusTelling(rs.getString("gemeente"), rs.getString("status"), rs.getLong("aantal")))
                .list();
    }

    /** The newest aanvragen, newest first, each with the systems its steps went to so far. */
    List<RecenteAanvraag> recent(int max) {
        record Rij(UUID id, String referentie, String product, String gemeente, String status, String client,
                Instant ontvangenOp, Instant gewijzigdOp) {
        }
        List<Rij> rijen = jdbc.sql("""
                select id, referentie, product, gemeente, status, client_id, ontvangen_op, gewijzigd_op
                from aanvraag order by ontvangen_op desc, referentie desc limit :max""")
                .param("max", max)
                .query((rs, n) -> new Rij(rs.getObject("id", UUID.class), rs.getString("referentie"),
                        rs.getString("product"), rs.getString("gemeente"), rs.getString("status"),
                        rs.getString("client_id"), rs.getTimestamp("ontvangen_op").toInstant(),
                        rs.getTimestamp("gewijzigd_op").toInstant()))
                .list();
        if (rijen.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Stap>> stappen = new LinkedHashMap<>();
        jdbc.sql("select aanvraag_id, capability, modus, systeem, schaduw_systeem from aanvraag_routering "
                        + "where aanvraag_id in (:ids) order by tijdstip")
                .param("ids", rijen.stream().map(Rij::id).toList())
                .query(rs -> {
                    stappen.computeIfAbsent(rs.getObject("aanvraag_id", UUID.class), k -> new ArrayList<>())
                            .add(new Stap(rs.getString("capability"), rs.getString("modus"), rs.getString("systeem"),
                                    rs.getString("schaduw_systeem")));
                });
        return rijen.stream().map(r -> new RecenteAanvraag(r.id(), r.referentie(), r.product(), r.gemeente(), r.status(),
                r.client(), r.ontvangenOp(), r.gewijzigdOp(), stappen.getOrDefault(r.id(), List.of()))).toList();
    }
}
