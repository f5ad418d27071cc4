package nl.midoffice.adapter.zaken;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.ZaakRegistreren;

/**
 * The mapping steps of registering a zaak with its initiator and first status ({@link ZaakRegistrerenRoute} makes
 * the calls), idempotently: the zaak's identificatie is the aanvraag's reference, so a repeated command meets
 * {@code identificatie-niet-uniek}, looks the zaak up and adds only what it lacks. A 400 about our content is a
 * refusal the citizen can read ({@link #RESULTAAT} set, the further calls skipped); anything else unexpected throws,
 * so the route configuration retries it and finally dead-letters it with the reason. State between the steps lives
 * in exchange properties, which a retry of the calls starts without (the circuit breaker works on a copy).
 */
class ZaakRegistratie {

    static final String RSIN = "zakenRsin";
    static final String ZAAKTYPE = "zakenZaaktype";
    static final String ZAAK_URL = "zakenZaakUrl";
    /** Boolean: the zaak was created now (true) or found under its identificatie (false). */
    static final String NIEUW = "zakenNieuw";
    /** Number of initiators and of statuses an existing zaak has. */
    static final String INITIATOREN = "zakenInitiatoren";
    static final String STATUSSEN = "zakenStatussen";
    /** The {@link BackofficeResultaat} once it is known; no further call is made. */
    static final String RESULTAAT = "zakenResultaat";
    private static final String SLOT = "zakenSlot";

    private static final Logger log = LoggerFactory.getLogger(ZaakRegistratie.class);
    /** Registrations of the same reference run one at a time in this process (see {@link #neemSlot}). */
    private static final int SLOTEN = 64;

    private final ZakenProperties properties;
    private final ZaakBerichten berichten;
    private final Semaphore[] sloten = new Semaphore[SLOTEN];

    ZaakRegistratie(ZakenProperties properties, ZaakBerichten berichten) {
        this.properties = properties;
        this.berichten = berichten;
        for (int i = 0; i < SLOTEN; i++) {
            sloten[i] = new Semaphore(1);
        }
    }

    /**
     * Before any call: the municipality's RSIN ({@link #RSIN}) and the product's zaaktype ({@link #ZAAKTYPE}). Without
     * a zaaktype the body becomes AFGEWEZEN and nothing is called.
     */
    void voorwaarden(Exchange exchange) {
        ZaakRegistreren opdracht = opdracht(exchange);
        String rsin = properties.rsins().get(opdracht.gemeente());
        if (rsin == null) {
            // configuration, not the citizen's doing: parked with its reason, retryable once configured
            throw new OnverwerkbaarBericht("No RSIN configured for gemeente " + opdracht.gemeente()
                    + " (midoffice.adapters.zaken.rsins)");
        }
        String zaaktype = properties.zaaktypen().get(opdracht.product());
        if (zaaktype == null) {
            log.warn("Aanvraag {} not registered: no zaaktype configured for product {}", opdracht.aanvraagId(),
                    opdracht.product());
            exchange.getMessage().setBody(resultaat(opdracht, AanvraagStatus.AFGEWEZEN, Weigering.INLEIDING
                    + "dit soort aanvraag kan het zaaksysteem niet registreren."));
            return;
        }
        exchange.setProperty(RSIN, rsin);
        exchange.setProperty(ZAAKTYPE, zaaktype);
    }

    // --- request bodies and filters ---

    JsonNode zaak(Exchange exchange) {
        return berichten.zaak(opdracht(exchange), exchange.getProperty(RSIN, String.class),
                exchange.getProperty(ZAAKTYPE, String.class));
    }

    static String[] zaakOpIdentificatie(Exchange exchange) {
        return new String[] {"identificatie", opdracht(exchange).referentie(), "bronorganisatie",
                exchange.getProperty(RSIN, String.class)};
    }

    static String[] initiatorenVanDeZaak(Exchange exchange) {
        return new String[] {"zaak", zaakUrl(exchange), "omschrijvingGeneriek", "initiator"};
    }

    static String[] statussenVanDeZaak(Exchange exchange) {
        return new String[] {"zaak", zaakUrl(exchange)};
    }

    JsonNode initiator(Exchange exchange) {
        return berichten.initiator(zaakUrl(exchange), opdracht(exchange).initiatorBsn());
    }

    JsonNode eersteStatus(Exchange exchange) {
        return berichten.eersteStatus(zaakUrl(exchange));
    }

    /** After {@code identificatie-niet-uniek}: the existing zaak is looked up. */
    static boolean bestaat(Exchange exchange) {
        return !isBekend(exchange) && Boolean.FALSE.equals(exchange.getProperty(NIEUW, Boolean.class));
    }

    /** An existing zaak may have its initiator already (an earlier delivery got that far). */
    static boolean initiatorenTellen(Exchange exchange) {
        return bestaat(exchange) && opdracht(exchange).initiatorBsn() != null;
    }

    static boolean initiatorToevoegen(Exchange exchange) {
        return !isBekend(exchange) && opdracht(exchange).initiatorBsn() != null
                && (nieuw(exchange) || exchange.getProperty(INITIATOREN, 0L, Long.class) == 0);
    }

    static boolean statussenTellen(Exchange exchange) {
        return bestaat(exchange);
    }

    static boolean statusToevoegen(Exchange exchange) {
        return !isBekend(exchange) && (nieuw(exchange) || exchange.getProperty(STATUSSEN, 0L, Long.class) == 0);
    }

    // --- reading the answers ---

    /** {@code POST /zaken}: created (201), already there ({@code identificatie-niet-uniek}), or refused. */
    void zaakAangemaakt(Exchange exchange) {
        var antwoord = ZgwAntwoord.van(exchange);
        if (antwoord.status() == 201) {
            exchange.setProperty(NIEUW, true);
            exchange.setProperty(ZAAK_URL, url(antwoord));
        } else if (antwoord.status() == 400 && antwoord.heeftFoutcode("identificatie", "identificatie-niet-uniek")) {
            exchange.setProperty(NIEUW, false);
            log.info("Zaak {} already registered for aanvraag {}: completing it", opdracht(exchange).referentie(),
                    opdracht(exchange).aanvraagId());
        } else {
            weigeringOfFout(exchange, antwoord);
        }
    }

    /** {@code GET /zaken?identificatie=&bronorganisatie=}: the zaak registered earlier under this reference; ours. */
    static void zaakGevonden(Exchange exchange) {
        ZaakRegistreren opdracht = opdracht(exchange);
        JsonNode zaak = ZgwAntwoord.van(exchange).verwacht(200).path("results").path(0);
        if (zaak.isMissingNode()) {
            throw new ZakenStoring("zaak " + opdracht.referentie() + " is said to exist but cannot be found");
        }
        String eigenaar = ZgwAntwoord.kenmerk(zaak, ZaakBerichten.BRON_AANVRAAG);
        if (eigenaar != null && !eigenaar.equals(opdracht.aanvraagId())) {
            throw new OnverwerkbaarBericht("Zaak " + opdracht.referentie() + " belongs to aanvraag " + eigenaar
                    + ", not to " + opdracht.aanvraagId());
        }
        exchange.setProperty(ZAAK_URL, zaak.path("url").asText());
    }

    static void initiatorenGeteld(Exchange exchange) {
        exchange.setProperty(INITIATOREN, aantal(exchange));
    }

    static void statussenGeteld(Exchange exchange) {
        exchange.setProperty(STATUSSEN, aantal(exchange));
    }

    /** {@code POST /rollen} or {@code POST /statussen}: created, or refused. */
    void toegevoegd(Exchange exchange) {
        var antwoord = ZgwAntwoord.van(exchange);
        if (antwoord.status() != 201) {
            weigeringOfFout(exchange, antwoord);
        }
    }

    /** The result as body: the refusal found on the way, or GEREGISTREERD. */
    void geregistreerd(Exchange exchange) {
        ZaakRegistreren opdracht = opdracht(exchange);
        BackofficeResultaat resultaat = exchange.getProperty(RESULTAAT, BackofficeResultaat.class);
        if (resultaat == null) {
            log.info("Aanvraag {} registered as zaak {}", opdracht.aanvraagId(), opdracht.referentie());
            resultaat = resultaat(opdracht, AanvraagStatus.GEREGISTREERD, null);
        }
        exchange.getMessage().setBody(resultaat);
    }

    /** A 400 is about our content: a refusal. 401/403 is our configuration; the rest is unexpected. */
    private static void weigeringOfFout(Exchange exchange, ZgwAntwoord antwoord) {
        ZaakRegistreren opdracht = opdracht(exchange);
        if (antwoord.status() != 400) {
            throw antwoord.fout(201);
        }
        log.warn("Aanvraag {} refused by the zaaksysteem: {} ({})", opdracht.aanvraagId(), antwoord.beschrijving(),
                Weigering.samenvatting(antwoord.body()));
        exchange.setProperty(RESULTAAT, resultaat(opdracht, AanvraagStatus.AFGEWEZEN, Weigering.reden(antwoord.body())));
    }

    // --- taking turns ---

    /**
     * The zaaksysteem deduplicates zaken, not roles or statuses: two deliveries of one command at the same time
     * (e.g. the mid-office's recovery sending again) must not both add an initiator. Within one process they take
     * turns, from before the first call until after the last ({@link #geefSlotVrij} in the route's
     * {@code doFinally}); across processes the broker delivers a message to one consumer at a time. A semaphore, not
     * a lock: it does not matter which thread finishes the steps.
     */
    void neemSlot(Exchange exchange) {
        Semaphore slot = sloten[Math.floorMod(opdracht(exchange).referentie().hashCode(), SLOTEN)];
        slot.acquireUninterruptibly();
        exchange.setProperty(SLOT, slot);
    }

    static void geefSlotVrij(Exchange exchange) {
        Semaphore slot = (Semaphore) exchange.removeProperty(SLOT);
        if (slot != null) {
            slot.release();
        }
    }

    // --- helpers ---

    private static ZaakRegistreren opdracht(Exchange exchange) {
        return exchange.getProperty(Opdrachtroute.OPDRACHT, ZaakRegistreren.class);
    }

    private static boolean isBekend(Exchange exchange) {
        return exchange.getProperty(RESULTAAT) != null;
    }

    private static boolean nieuw(Exchange exchange) {
        return Boolean.TRUE.equals(exchange.getProperty(NIEUW, Boolean.class));
    }

    private static String zaakUrl(Exchange exchange) {
        return exchange.getProperty(ZAAK_URL, String.class);
    }

    private static long aantal(Exchange exchange) {
        return ZgwAntwoord.van(exchange).verwacht(200).path("count").asLong();
    }

    private static String url(ZgwAntwoord antwoord) {
        String url = antwoord.body() == null ? "" : antwoord.body().path("url").asText("");
        if (url.isEmpty()) {
            throw new ZakenStoring(antwoord.beschrijving() + " without the zaak's url");
        }
        return url;
    }

    private static BackofficeResultaat resultaat(ZaakRegistreren opdracht, AanvraagStatus status, String reden) {
        return new BackofficeResultaat(UUID.randomUUID().toString(), opdracht.correlationId(), opdracht.aanvraagId(),
                Systemen.ZAKEN, Capability.ZAAKREGISTRATIE, status, opdracht.referentie(), reden, Instant.now(),
                opdracht.schaduw());
    }
}
