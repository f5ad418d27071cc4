package nl.midoffice.midoffice.orchestratie;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Persoon;
import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.VergunningAanvragen;
import nl.midoffice.contracts.ZaakRegistreren;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.AanvraagOntvangen;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;
import nl.midoffice.midoffice.aanvraag.Producten;
import nl.midoffice.midoffice.capability.Routering;
import nl.midoffice.midoffice.capability.StranglerRouter;
import nl.midoffice.midoffice.outbox.OutboxRepository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The orchestration of a product: its capabilities, one step at a time (docs/architecture.md). Each step is routed
 * by the {@link StranglerRouter} and its command is put in the outbox in the same transaction that records the
 * step, so the mid-office never loses a step nor sends it twice; receivers drop what the broker delivers twice.
 */
@Component
public class Stappen {

    private static final Logger log = LoggerFactory.getLogger(Stappen.class);

    private final AanvraagRepository aanvragen;
    private final Producten producten;
    private final StranglerRouter router;
    private final OutboxRepository outbox;
    private final JsonMapper json;

    Stappen(AanvraagRepository aanvragen, Producten producten, StranglerRouter router, OutboxRepository outbox,
            JsonMapper json) {
        this.aanvragen = aanvragen;
        this.producten = producten;
        this.router = router;
        this.outbox = outbox;
        this.json = json;
    }

    /** Starts the product's first step; false when the aanvraag is already past intake (a redelivered event). */
    @Transactional
    public boolean start(AanvraagOntvangen event) {
        Aanvraag aanvraag = aanvragen.vindVoorWijziging(aanvraagId(event.aanvraagId()))
                .orElseThrow(() -> new OnverwerkbaarBericht("Unknown aanvraag " + event.aanvraagId()));
        if (!Aanvraag.INTAKE.equals(aanvraag.stap()) || aanvraag.status().isEindstatus()) {
            log.info("Aanvraag {} is already at step {}, not started again", aanvraag.id(), aanvraag.stap());
            return false;
        }
        naarStap(aanvraag, producten.get(aanvraag.product()).stappen().get(0));
        return true;
    }

    /** Moves the aanvraag (locked by the caller) to a step: routes it and puts its command(s) in the outbox. */
    void naarStap(Aanvraag aanvraag, Capability stap) {
        aanvragen.zetStap(aanvraag.id(), stap.name());
        Routering routering = router.route(aanvraag.id(), aanvraag.gemeente(), stap);
        plaats(aanvraag, stap, routering.systeem(), false);
        if (routering.heeftSchaduw()) {
            plaats(aanvraag, stap, routering.schaduwSysteem(), true);
        }
        log.info("Aanvraag {} step {} -> {} ({}{})", aanvraag.id(), stap.id(), routering.systeem(), routering.modus(),
                routering.heeftSchaduw() ? ", shadow " + routering.schaduwSysteem() : "");
    }

    /** The aanvraag (locked by the caller) has no step left. */
    void klaar(Aanvraag aanvraag) {
        aanvragen.zetStap(aanvraag.id(), Aanvraag.KLAAR);
    }

    /**
     * Sends the current step's command again, with a new message id, to the system the step was routed to (not to
     * a shadow): for an aanvraag whose command went missing. Returns false when there is nothing to send.
     */
    boolean herzend(Aanvraag aanvraag) {
        if (Aanvraag.INTAKE.equals(aanvraag.stap())) {
            UUID messageId = UUID.randomUUID();
            outbox.plaats(Queues.AANVRAGEN_ONTVANGEN, messageId, new AanvraagOntvangen(messageId.toString(),
                    aanvraag.correlationId(), aanvraag.id().toString(), aanvraag.product(), aanvraag.gemeente(),
                    Instant.now()), aanvraag.correlationId(), aanvraag.id());
            return true;
        }
        if (Aanvraag.KLAAR.equals(aanvraag.stap())) {
            return false;
        }
        Capability stap = Capability.valueOf(aanvraag.stap());
        var routering = router.routering(aanvraag.id(), stap);
        if (routering.isEmpty()) {
            return false;
        }
        plaats(aanvraag, stap, routering.get().systeem(), false);
        return true;
    }

    private void plaats(Aanvraag aanvraag, Capability stap, String systeem, boolean schaduw) {
        UUID messageId = UUID.randomUUID();
        outbox.plaats(Queues.opdrachtenVoor(stap, systeem), messageId, opdracht(aanvraag, stap, messageId, schaduw),
                aanvraag.correlationId(), aanvraag.id());
    }

    /** The command of a step, built from what the mid-office holds: the same for every system that serves it. */
    public Object opdracht(Aanvraag a, Capability stap, UUID messageId, boolean schaduw) {
        JsonNode gegevens = json.readTree(a.gegevensJson());
        var product = producten.get(a.product());
        return switch (stap) {
            case PERSOONSGEGEVENS -> new PersoonOpvragen(messageId.toString(), a.correlationId(), a.id().toString(),
                    a.gemeente(), a.aanvragerBsn(), a.product(), schaduw, Instant.now());
            case ZAAKREGISTRATIE -> new ZaakRegistreren(messageId.toString(), a.correlationId(), a.id().toString(),
                    a.referentie(), a.gemeente(), a.product(), a.aanvragerBsn(), product.zaakomschrijving(gegevens),
                    product.toelichting(gegevens), plat(gegevens), a.ontvangenOp(), schaduw);
            case VERGUNNINGEN -> {
                Persoon persoon = a.persoonJson() == null ? null : json.readValue(a.persoonJson(), Persoon.class);
                yield new VergunningAanvragen(messageId.toString(), a.correlationId(), a.id().toString(),
                        a.referentie(), a.gemeente(), a.product(), a.aanvragerBsn(),
                        gegevens.path("kenteken").asString(), gegevens.path("ingangsdatum").asString(),
                        persoon == null ? null : persoon.adres(),
                        a.zaakIdentificatie() != null ? a.zaakIdentificatie() : a.referentie(), schaduw, Instant.now());
            }
        };
    }

    static UUID aanvraagId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OnverwerkbaarBericht("Not an aanvraag id: " + id, e);
        }
    }

    /** {@code {"locatie":{"postcode":"1234AB"}}} becomes {@code locatie.postcode=1234AB}. */
    static Map<String, String> plat(JsonNode gegevens) {
        Map<String, String> plat = new LinkedHashMap<>();
        plat("", gegevens, plat);
        return plat;
    }

    private static void plat(String pad, JsonNode node, Map<String, String> plat) {
        if (node.isObject()) {
            node.properties().forEach(e -> plat(pad.isEmpty() ? e.getKey() : pad + "." + e.getKey(), e.getValue(), plat));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                plat(pad + "[" + i + "]", node.get(i), plat);
            }
        } else if (!node.isNull()) {
            plat.put(pad, node.asString());
        }
    }
}
