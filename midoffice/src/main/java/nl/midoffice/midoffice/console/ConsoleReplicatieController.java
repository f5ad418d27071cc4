package nl.midoffice.midoffice.console;

import java.security.Principal;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.contracts.Capability;
import nl.midoffice.midoffice.capability.CapabilityModi;
import nl.midoffice.midoffice.capability.Modus;
import nl.midoffice.midoffice.orchestratie.ZaakReplicatie;

/**
 * Finishing zaakregistratie from the console: copy a municipality's legacy zaken into the zaken system, then, once
 * zaakregistratie is NEW, move the copies over (the same {@link ZaakReplicatie} as the administration API). The
 * answers say whether finishing is possible yet, so the page can explain a disabled button instead of failing.
 */
@RestController
@RequestMapping(path = "/beheer/api/gemeenten/{gemeente}/zaakreplicatie", produces = MediaType.APPLICATION_JSON_VALUE)
class ConsoleReplicatieController {

    static final String NOG_NIET_NIEUW = "Zet zaakregistratie eerst op NEW: zolang de legacy-suite nieuwe zaken "
            + "registreert, kan het overzetten niet worden afgerond.";

    private final ZaakReplicatie replicatie;
    private final CapabilityModi modi;

    ConsoleReplicatieController(ZaakReplicatie replicatie, CapabilityModi modi) {
        this.replicatie = replicatie;
        this.modi = modi;
    }

    /**
     * The replication of one municipality as the console shows it.
     *
     * @param afrondenMogelijk true once zaakregistratie is NEW (the legacy suite no longer registers new zaken)
     * @param afrondenUitleg   why finishing is (not yet) possible, shown next to the button
     */
    record Replicatie(String gemeente, String naam, Modus zaakregistratie, boolean afrondenMogelijk,
            String afrondenUitleg, long nogInLegacy, long verzonden, long gerepliceerd, long mislukt, long overgezet) {

        static Replicatie van(ZaakReplicatie.Stand s, String naam, Modus modus) {
            boolean mogelijk = modus == Modus.NEW;
            return new Replicatie(s.gemeente(), naam, modus, mogelijk, mogelijk
                            ? "Zaakregistratie staat op NEW: de gerepliceerde zaken kunnen worden overgezet."
                            : "Overzetten kan pas als zaakregistratie op NEW staat (nu " + modus + "): zolang de "
                                    + "legacy-suite nieuwe zaken registreert, blijft zij de bron.",
                    s.nogInLegacy(), s.verzonden(), s.gerepliceerd(), s.mislukt(), s.overgezet());
        }
    }

    /** What one click did: how many zaken are being copied ({@code KOPIEREN}) or were moved over ({@code AFRONDEN}). */
    record Actie(String actie, long aantal, String door, Instant tijdstip, Replicatie stand) {
    }

    @GetMapping
    Replicatie stand(@PathVariable String gemeente) {
        bestaand(gemeente);
        return stand(replicatie, modi, gemeente);
    }

    @PostMapping
    ResponseEntity<Actie> kopieer(@PathVariable String gemeente, Principal beheerder) {
        bestaand(gemeente);
        long aantal = replicatie.start(gemeente, beheerder.getName());
        return ResponseEntity.accepted().body(new Actie("KOPIEREN", aantal, beheerder.getName(), Instant.now(),
                stand(replicatie, modi, gemeente)));
    }

    @PostMapping("/afronden")
    Actie rondAf(@PathVariable String gemeente, Principal beheerder) {
        bestaand(gemeente);
        int aantal;
        try {
            aantal = replicatie.afronden(gemeente, beheerder.getName());
        } catch (ZaakReplicatie.NogNietNieuw e) {
            throw Problemen.probleem(HttpStatus.CONFLICT, NOG_NIET_NIEUW);
        }
        return new Actie("AFRONDEN", aantal, beheerder.getName(), Instant.now(), stand(replicatie, modi, gemeente));
    }

    static Replicatie stand(ZaakReplicatie replicatie, CapabilityModi modi, String gemeente) {
        return Replicatie.van(replicatie.stand(gemeente), modi.gemeenten().get(gemeente),
                modi.modus(gemeente, Capability.ZAAKREGISTRATIE));
    }

    private void bestaand(String gemeente) {
        if (!modi.bestaat(gemeente)) {
            throw Problemen.nietGevonden("Deze mid-office bedient geen gemeente met deze code.");
        }
    }
}
