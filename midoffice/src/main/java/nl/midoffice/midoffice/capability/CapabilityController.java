package nl.midoffice.midoffice.capability;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.contracts.Capability;
import nl.midoffice.midoffice.api.InvalidParam;
import nl.midoffice.midoffice.api.Problemen;

/**
 * The administration of route 3: the mode of each capability per municipality (docs/architecture.md) and the history
 * of switches. What the shadow runs found: {@link SchaduwvergelijkingController}; the copy of the legacy zaken:
 * {@code orchestratie.ZaakReplicatieController}.
 */
@RestController
@RequestMapping(path = "/api/v1/beheer", produces = MediaType.APPLICATION_JSON_VALUE)
class CapabilityController {

    private final CapabilityModi modi;

    CapabilityController(CapabilityModi modi) {
        this.modi = modi;
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
            throw Problemen.ongeldig("Het verzoek is niet juist.",
                    new InvalidParam("modus", "Verplicht: LEGACY, SHADOW of NEW."));
        }
        return CapabilityStand.van(modi.wissel(gemeente, c, wijziging.modus(), beheerder.getName()));
    }

    record Wissels(List<CapabilityModi.Wissel> wissels) {
    }

    @GetMapping("/capability-wissels")
    Wissels wissels(@RequestParam(defaultValue = "50") int max) {
        return new Wissels(modi.wissels(Math.max(1, Math.min(max, 500))));
    }

    private Gemeente gemeente(String code) {
        return new Gemeente(code, modi.gemeenten().get(code),
                modi.standen(code).stream().map(CapabilityStand::van).toList());
    }

    private void bestaandeGemeente(String gemeente) {
        if (!modi.bestaat(gemeente)) {
            throw Problemen.nietGevonden("Deze mid-office bedient geen gemeente met deze code.");
        }
    }

    private static Capability bestaandeCapability(String capability) {
        return Capability.metId(capability).orElseThrow(() -> Problemen.nietGevonden(
                "Onbekende capability; kies persoonsgegevens, zaakregistratie of vergunningen."));
    }
}
