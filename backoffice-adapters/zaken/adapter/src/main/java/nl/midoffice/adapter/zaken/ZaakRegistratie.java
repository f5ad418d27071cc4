package nl.midoffice.adapter.zaken;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.ZaakRegistreren;

/**
 * Registers a zaak with its initiator and first status, idempotently: the zaak's identificatie is the aanvraag's
 * reference, so a repeated command meets {@code identificatie-niet-uniek}, looks the zaak up and adds only what
 * it lacks. A 400 about our content is a refusal the citizen can read; anything else unexpected throws, so the
 * route configuration retries it and finally dead-letters it with the reason.
 */
class ZaakRegistratie {

    private static final Logger log = LoggerFactory.getLogger(ZaakRegistratie.class);
    /** Registrations of the same reference run one at a time in this process (see {@link #slot}). */
    private static final int SLOTEN = 64;

    private final ZakenProperties properties;
    private final ZakenApi api;
    private final ZaakBerichten berichten;
    private final ReentrantLock[] sloten = new ReentrantLock[SLOTEN];

    ZaakRegistratie(ZakenProperties properties, ZakenApi api, ZaakBerichten berichten) {
        this.properties = properties;
        this.api = api;
        this.berichten = berichten;
        for (int i = 0; i < SLOTEN; i++) {
            sloten[i] = new ReentrantLock();
        }
    }

    BackofficeResultaat registreer(ZaakRegistreren opdracht) {
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
            return resultaat(opdracht, AanvraagStatus.AFGEWEZEN, Weigering.INLEIDING
                    + "dit soort aanvraag kan het zaaksysteem niet registreren.");
        }
        ReentrantLock slot = slot(opdracht.referentie());
        slot.lock();
        try {
            return registreer(opdracht, rsin, zaaktype);
        } finally {
            slot.unlock();
        }
    }

    private BackofficeResultaat registreer(ZaakRegistreren opdracht, String rsin, String zaaktype) {
        var aanroep = new ZakenApi.Aanroep(opdracht.correlationId(), opdracht.aanvraagId());
        var aangemaakt = api.post(properties.zakenApi("zaken"), berichten.zaak(opdracht, rsin, zaaktype), aanroep);
        String zaakUrl;
        boolean nieuw = aangemaakt.status() == 201;
        if (nieuw) {
            zaakUrl = url(aangemaakt);
        } else if (aangemaakt.status() == 400 && aangemaakt.heeftFoutcode("identificatie", "identificatie-niet-uniek")) {
            zaakUrl = bestaandeZaak(opdracht, rsin, aanroep);
            log.info("Zaak {} already registered for aanvraag {}: completing it", opdracht.referentie(),
                    opdracht.aanvraagId());
        } else {
            return weigeringOfFout(opdracht, aangemaakt);
        }

        if (opdracht.initiatorBsn() != null && (nieuw || aantal(properties.zakenApi("rollen"), aanroep,
                "zaak", zaakUrl, "omschrijvingGeneriek", "initiator") == 0)) {
            var rol = api.post(properties.zakenApi("rollen"), berichten.initiator(zaakUrl, opdracht.initiatorBsn()),
                    aanroep);
            if (rol.status() != 201) {
                return weigeringOfFout(opdracht, rol);
            }
        }
        if (nieuw || aantal(properties.zakenApi("statussen"), aanroep, "zaak", zaakUrl) == 0) {
            var status = api.post(properties.zakenApi("statussen"), berichten.eersteStatus(zaakUrl), aanroep);
            if (status.status() != 201) {
                return weigeringOfFout(opdracht, status);
            }
        }
        log.info("Aanvraag {} registered as zaak {}", opdracht.aanvraagId(), opdracht.referentie());
        return resultaat(opdracht, AanvraagStatus.GEREGISTREERD, null);
    }

    /** The zaak registered earlier under this reference; it must be ours. */
    private String bestaandeZaak(ZaakRegistreren opdracht, String rsin, ZakenApi.Aanroep aanroep) {
        var gevonden = api.get(ZakenApi.metQuery(properties.zakenApi("zaken"),
                "identificatie", opdracht.referentie(), "bronorganisatie", rsin), aanroep);
        verwacht(gevonden, 200);
        JsonNode zaak = gevonden.body().path("results").path(0);
        if (zaak.isMissingNode()) {
            throw new ZakenStoring("zaak " + opdracht.referentie() + " is said to exist but cannot be found");
        }
        String eigenaar = kenmerk(zaak, ZaakBerichten.BRON_AANVRAAG);
        if (eigenaar != null && !eigenaar.equals(opdracht.aanvraagId())) {
            throw new OnverwerkbaarBericht("Zaak " + opdracht.referentie() + " belongs to aanvraag " + eigenaar
                    + ", not to " + opdracht.aanvraagId());
        }
        return zaak.path("url").asText();
    }

    private long aantal(String lijst, ZakenApi.Aanroep aanroep, String... filters) {
        var antwoord = api.get(ZakenApi.metQuery(lijst, filters), aanroep);
        verwacht(antwoord, 200);
        return antwoord.body().path("count").asLong();
    }

    /** A 400 is about our content: a refusal. 401/403 is our configuration; the rest is unexpected. */
    private BackofficeResultaat weigeringOfFout(ZaakRegistreren opdracht, ZakenApi.Antwoord antwoord) {
        if (antwoord.status() == 400) {
            log.warn("Aanvraag {} refused by the zaaksysteem: {} ({})", opdracht.aanvraagId(),
                    antwoord.beschrijving(), Weigering.samenvatting(antwoord.body()));
            return resultaat(opdracht, AanvraagStatus.AFGEWEZEN, Weigering.reden(antwoord.body()));
        }
        throw fout(antwoord, 201);
    }

    static void verwacht(ZakenApi.Antwoord antwoord, int status) {
        if (antwoord.status() != status || antwoord.body() == null) {
            throw fout(antwoord, status);
        }
    }

    static ZakenStoring fout(ZakenApi.Antwoord antwoord, int verwacht) {
        if (antwoord.status() == 401 || antwoord.status() == 403) {
            return new ZakenConfiguratieFout(antwoord.beschrijving() + ": check midoffice.adapters.zaken.client-id,"
                    + " secret and the client's scopes in the zaaksysteem");
        }
        return new ZakenStoring(antwoord.beschrijving() + ", expected " + verwacht);
    }

    private static String url(ZakenApi.Antwoord antwoord) {
        String url = antwoord.body() == null ? "" : antwoord.body().path("url").asText("");
        if (url.isEmpty()) {
            throw new ZakenStoring(antwoord.beschrijving() + " without the zaak's url");
        }
        return url;
    }

    /** The value of the zaak's kenmerk with this bron, or null. */
    static String kenmerk(JsonNode zaak, String bron) {
        for (JsonNode kenmerk : zaak.path("kenmerken")) {
            if (bron.equals(kenmerk.path("bron").asText())) {
                return kenmerk.path("kenmerk").asText(null);
            }
        }
        return null;
    }

    /**
     * The zaaksysteem deduplicates zaken, not roles or statuses: two deliveries of one command at the same time
     * (e.g. the mid-office's recovery sending again) must not both add an initiator. Within one process they take
     * turns; across processes the broker delivers a message to one consumer at a time.
     */
    private ReentrantLock slot(String referentie) {
        return sloten[Math.floorMod(referentie.hashCode(), SLOTEN)];
    }

    private static BackofficeResultaat resultaat(ZaakRegistreren opdracht, AanvraagStatus status, String reden) {
        return new BackofficeResultaat(UUID.randomUUID().toString(), opdracht.correlationId(), opdracht.aanvraagId(),
                Systemen.ZAKEN, Capability.ZAAKREGISTRATIE, status, opdracht.referentie(), reden, Instant.now(),
                opdracht.schaduw());
    }
}
