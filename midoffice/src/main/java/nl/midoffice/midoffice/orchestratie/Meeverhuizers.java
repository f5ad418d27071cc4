package nl.midoffice.midoffice.orchestratie;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Persoon;
import nl.midoffice.contracts.PersoonOpgevraagd;
import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Woonadres;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.outbox.OutboxRepository;
import nl.midoffice.midoffice.verwerking.Verwerkingen;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The co-movers of a verhuizing live at the applicant's address: checked at the persoonsgegevens step, once the
 * applicant's own lookup has passed. Each co-mover is a lookup of its own (through the outbox, to the system the step
 * was routed to: the legacy suite's copy or the BRP), and each answer a verwerkingsactie about that co-mover. A
 * co-mover who is unknown or lives elsewhere refuses the aanvraag with a reason the citizen can read (by position in
 * the list, never by BSN); when all live there, the aanvraag goes on to its next step.
 */
@Component
class Meeverhuizers {

    static final String BETROKKENHEID = "meeverhuizer";
    private static final Logger log = LoggerFactory.getLogger(Meeverhuizers.class);

    private final JdbcClient jdbc;
    private final OutboxRepository outbox;
    private final Verwerkingen verwerkingen;
    private final Stappen stappen;
    private final StatusVerwerking status;
    private final JsonMapper json;

    Meeverhuizers(JdbcClient jdbc, OutboxRepository outbox, Verwerkingen verwerkingen, Stappen stappen,
            StatusVerwerking status, JsonMapper json) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.verwerkingen = verwerkingen;
        this.stappen = stappen;
        this.status = status;
        this.json = json;
    }

    /** A question about a co-mover: its place in the list, the system asked, and what it said so far. */
    record Opvraging(UUID opdrachtId, int volgnummer, String systeem, Boolean woontMee) {
    }

    /**
     * Asks {@code systeem} about every co-mover not asked before (a redelivered or resent applicant's answer asks
     * nobody twice). True when the aanvraag has co-movers, so it waits for their answers.
     */
    boolean vraagOp(Aanvraag aanvraag, String systeem) {
        List<String> bsns = bsns(aanvraag);
        Set<Integer> gevraagd = Set.copyOf(jdbc.sql("select volgnummer from meeverhuizer_opvraging "
                + "where aanvraag_id = :a").param("a", aanvraag.id()).query(Integer.class).list());
        for (int i = 0; i < bsns.size(); i++) {
            if (!gevraagd.contains(i)) {
                UUID messageId = UUID.randomUUID();
                jdbc.sql("insert into meeverhuizer_opvraging (opdracht_id, aanvraag_id, volgnummer, systeem) "
                        + "values (:o, :a, :v, :s)").param("o", messageId).param("a", aanvraag.id()).param("v", i)
                        .param("s", systeem).update();
                outbox.plaats(Queues.opdrachtenVoor(Capability.PERSOONSGEGEVENS, systeem), messageId,
                        new PersoonOpvragen(messageId.toString(), aanvraag.correlationId(), aanvraag.id().toString(),
                                aanvraag.gemeente(), bsns.get(i), aanvraag.product(), false, Instant.now()),
                        aanvraag.correlationId(), aanvraag.id());
            }
        }
        if (!bsns.isEmpty()) {
            log.info("Aanvraag {}: {} co-mover(s) looked up at {}", aanvraag.id(), bsns.size(), systeem);
        }
        return !bsns.isEmpty();
    }

    /** The question an answer is about, if it asked about a co-mover. */
    Optional<Opvraging> opvraging(String opdrachtId) {
        UUID id;
        try {
            id = UUID.fromString(Objects.requireNonNull(opdrachtId));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        return jdbc.sql("select * from meeverhuizer_opvraging where opdracht_id = :o").param("o", id)
                .query((rs, n) -> new Opvraging(id, rs.getInt("volgnummer"), rs.getString("systeem"),
                        (Boolean) rs.getObject("woont_mee"))).optional();
    }

    /**
     * Applies the answer about a co-mover of the (locked) aanvraag: recorded as a verwerking in any case; then, if it
     * comes from the system asked and the step still waits for it, refuses the aanvraag when the co-mover is unknown
     * or lives elsewhere, or moves it on once every co-mover has been found at the applicant's address.
     */
    void verwerk(PersoonOpgevraagd antwoord, Opvraging opvraging, Aanvraag aanvraag) {
        List<String> bsns = bsns(aanvraag);
        verwerkingen.legVast(antwoord, bsns.get(opvraging.volgnummer()), aanvraag.gemeente(), aanvraag.product(),
                aanvraag.id(), aanvraag.referentie(), BETROKKENHEID);
        if (opvraging.woontMee() != null || !antwoord.systeem().equals(opvraging.systeem())
                || !Capability.PERSOONSGEGEVENS.name().equals(aanvraag.stap())) {
            return;
        }
        Persoon aanvrager = aanvraag.persoonJson() == null ? null : json.readValue(aanvraag.persoonJson(), Persoon.class);
        boolean woontMee = antwoord.gevonden() && antwoord.persoon() != null && aanvrager != null
                && zelfdeAdres(aanvrager.adres(), antwoord.persoon().adres());
        jdbc.sql("update meeverhuizer_opvraging set woont_mee = :w, beantwoord_op = :t where opdracht_id = :o")
                .param("w", woontMee).param("t", Timestamp.from(Instant.now())).param("o", opvraging.opdrachtId())
                .update();
        if (woontMee) {
            if (allenWonenMee(aanvraag, bsns.size())) {
                stappen.verder(aanvraag, Capability.PERSOONSGEGEVENS);
            }
            return;
        }
        int nummer = opvraging.volgnummer() + 1;
        String reden = !antwoord.gevonden()
                ? "Wij konden meeverhuizer " + nummer + " niet vinden in de gegevens van de gemeente. Controleer het "
                        + "burgerservicenummer en dien de verhuizing opnieuw in."
                : "Meeverhuizer " + nummer + " woont volgens onze gegevens niet op uw adres. Alleen wie bij u woont, "
                        + "kan met u meeverhuizen; een ander geeft de eigen verhuizing zelf door.";
        log.info("Aanvraag {}: co-mover {} {}, aanvraag refused", aanvraag.id(), nummer,
                antwoord.gevonden() ? "lives elsewhere" : "not found");
        status.wijzig(aanvraag, AanvraagStatus.AFGEWEZEN, reden, antwoord.systeem(), null, null, Instant.now());
        stappen.klaar(aanvraag);
    }

    private boolean allenWonenMee(Aanvraag aanvraag, int aantal) {
        long bevestigd = jdbc.sql("select count(distinct volgnummer) from meeverhuizer_opvraging "
                + "where aanvraag_id = :a and woont_mee").param("a", aanvraag.id()).query(Long.class).single();
        return bevestigd == aantal;
    }

    private List<String> bsns(Aanvraag aanvraag) {
        List<String> bsns = new ArrayList<>();
        JsonNode lijst = json.readTree(aanvraag.gegevensJson()).path("meeverhuizers");
        lijst.forEach(bsn -> bsns.add(bsn.asString()));
        return bsns;
    }

    /** The same dwelling: postcode, house number, letter and addition, however they are spelled. */
    static boolean zelfdeAdres(Woonadres a, Woonadres b) {
        return a != null && b != null && a.huisnummer() != null && a.huisnummer().equals(b.huisnummer())
                && schoon(a.postcode()).equals(schoon(b.postcode())) && !schoon(a.postcode()).isEmpty()
                && schoon(a.huisletter()).equals(schoon(b.huisletter()))
                && schoon(a.huisnummertoevoeging()).equals(schoon(b.huisnummertoevoeging()));
    }

    private static String schoon(String waarde) {
        return waarde == null ? "" : waarde.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }
}
