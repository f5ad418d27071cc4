package nl.midoffice.midoffice.orchestratie;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.midoffice.api.Problemen;
import nl.midoffice.midoffice.capability.CapabilityModi;

/** The administration of the zaak replication (route 3): copy a municipality's legacy zaken, follow it, finish it. */
@RestController
@RequestMapping(path = "/api/v1/beheer", produces = MediaType.APPLICATION_JSON_VALUE)
class ZaakReplicatieController {

    private final CapabilityModi modi;
    private final ZaakReplicatie replicatie;

    ZaakReplicatieController(CapabilityModi modi, ZaakReplicatie replicatie) {
        this.modi = modi;
        this.replicatie = replicatie;
    }

    /** Has the municipality's legacy zaken copied into the zaken system, in the background (202). */
    @PostMapping("/gemeenten/{gemeente}/zaakreplicatie")
    ResponseEntity<ZaakReplicatie.Stand> repliceer(@PathVariable String gemeente, Principal beheerder) {
        bestaandeGemeente(gemeente);
        replicatie.start(gemeente, beheerder.getName());
        return ResponseEntity.accepted().body(replicatie.stand(gemeente));
    }

    @GetMapping("/gemeenten/{gemeente}/zaakreplicatie")
    ZaakReplicatie.Stand replicatiestand(@PathVariable String gemeente) {
        bestaandeGemeente(gemeente);
        return replicatie.stand(gemeente);
    }

    /** Moves the copied zaken over to the zaken system; 409 while zaakregistratie is not NEW. */
    @PostMapping("/gemeenten/{gemeente}/zaakreplicatie/afronden")
    ZaakReplicatie.Stand rondAf(@PathVariable String gemeente, Principal beheerder) {
        bestaandeGemeente(gemeente);
        try {
            replicatie.afronden(gemeente, beheerder.getName());
        } catch (ZaakReplicatie.NogNietNieuw e) {
            throw Problemen.probleem(HttpStatus.CONFLICT,
                    "Zet zaakregistratie eerst op NEW: zolang de legacy-suite nieuwe zaken registreert, kan de "
                            + "replicatie niet worden afgerond.");
        }
        return replicatie.stand(gemeente);
    }

    private void bestaandeGemeente(String gemeente) {
        if (!modi.bestaat(gemeente)) {
            throw Problemen.nietGevonden("Deze mid-office bedient geen gemeente met deze code.");
        }
    }
}
