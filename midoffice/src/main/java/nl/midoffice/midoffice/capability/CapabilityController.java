package nl.midoffice.midoffice.capability;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.contracts.Capability;
import nl.midoffice.midoffice.api.InvalidParam;
import nl.midoffice.midoffice.orchestratie.ZaakReplicatie;

/**
 * The administration of route 3: the mode of each capability per municipality (docs/architecture.md), the history of
 * switches, and what the shadow runs found.
 */
@RestController
@RequestMapping(path = "/api/v1/beheer", produces = MediaType.APPLICATION_JSON_VALUE)
class CapabilityController {

    private final CapabilityModi modi;
    private final SchaduwVergelijkingen schaduw;
    private final ZaakReplicatie replicatie;

    CapabilityController(CapabilityModi modi, SchaduwVergelijkingen schaduw, ZaakReplicatie replicatie) {
        this.modi = modi;
        this.schaduw = schaduw;
        this.replicatie = replicatie;
    }

    record CapabilityStand(String capability, Modus modus, String legacySysteem, String nieuwSysteem,
            String actiefSysteem, Instant gewijzigdOp, String gewijzigdDoor) {

        static CapabilityStand van(CapabilityModi.Stand s) {
            Capability c = s.capability();
            return new CapabilityStand(c.id(), s.modus(), c.legacySysteem(), c.nieuwSysteem(),
                    s.modus() == Modus.NEW ? c.nieuwSysteem() : c.legacySysteem(), s.gewijzigdOp(), s.gewijzigdDoor());
        }
    }

    record Gemeente(String gemeente, String naam, List<CapabilityStand> capabilities) {
    }

    record Gemeenten(List<Gemeente> gemeenten) {
    }

    record ModusWijziging(Modus modus) {
    }

    @GetMapping("/gemeenten")
    Gemeenten gemeenten() {
        return new Gemeenten(modi.gemeenten().keySet().stream().sorted().map(this::gemeente).toList());
    }

    @GetMapping("/gemeenten/{gemeente}/capabilities")
    Gemeente capabilities(@PathVariable String gemeente) {
        bestaandeGemeente(gemeente);
        return gemeente(gemeente);
    }

    @GetMapping("/gemeenten/{gemeente}/capabilities/{capability}")
    CapabilityStand capability(@PathVariable String gemeente, @PathVariable String capability) {
        bestaandeGemeente(gemeente);
        Capability c = bestaandeCapability(capability);
        return CapabilityStand.van(modi.standen(gemeente).stream().filter(s -> s.capability() == c).findFirst()
                .orElseThrow());
    }

    @PutMapping(path = "/gemeenten/{gemeente}/capabilities/{capability}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CapabilityStand wissel(@PathVariable String gemeente, @PathVariable String capability,
            @RequestBody(required = false) ModusWijziging wijziging, Principal beheerder) {
        bestaandeGemeente(gemeente);
        Capability c = bestaandeCapability(capability);
        if (wijziging == null || wijziging.modus() == null) {
            throw ongeldig("modus", "Verplicht: LEGACY, SHADOW of NEW.");
        }
        return CapabilityStand.van(modi.wissel(gemeente, c, wijziging.modus(), beheerder.getName()));
    }

    record Wissels(List<CapabilityModi.Wissel> wissels) {
    }

    @GetMapping("/capability-wissels")
    Wissels wissels(@RequestParam(defaultValue = "50") int max) {
        return new Wissels(modi.wissels(Math.max(1, Math.min(max, 500))));
    }

    record Schaduwresultaten(List<SchaduwVergelijkingen.Telling> tellingen,
            List<SchaduwVergelijkingen.Vergelijking> vergelijkingen) {
    }

    @GetMapping("/schaduwvergelijkingen")
    Schaduwresultaten schaduwvergelijkingen(@RequestParam(defaultValue = "false") boolean alleenVerschillen,
            @RequestParam(defaultValue = "50") int max) {
        return new Schaduwresultaten(schaduw.tellingen(), schaduw.recent(alleenVerschillen, Math.max(1, Math.min(max, 500))));
    }

    @GetMapping("/schaduwvergelijkingen/{id}")
    SchaduwVergelijkingen.Vergelijking schaduwvergelijking(@PathVariable long id) {
        return schaduw.vind(id).orElseThrow(() -> nietGevonden("Er is geen schaduwvergelijking met dit id."));
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
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Zet zaakregistratie eerst op NEW: zolang de legacy-suite nieuwe zaken registreert, kan de "
                            + "replicatie niet worden afgerond.");
            problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        return replicatie.stand(gemeente);
    }

    private Gemeente gemeente(String code) {
        return new Gemeente(code, modi.gemeenten().get(code),
                modi.standen(code).stream().map(CapabilityStand::van).toList());
    }

    private void bestaandeGemeente(String gemeente) {
        if (!modi.bestaat(gemeente)) {
            throw nietGevonden("Deze mid-office bedient geen gemeente met deze code.");
        }
    }

    private static Capability bestaandeCapability(String capability) {
        return Capability.metId(capability).orElseThrow(() -> nietGevonden(
                "Onbekende capability; kies persoonsgegevens, zaakregistratie of vergunningen."));
    }

    private static ErrorResponseException nietGevonden(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static ErrorResponseException ongeldig(String veld, String reden) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Het verzoek is niet juist.");
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty("invalidParams", List.of(new InvalidParam(veld, reden)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
