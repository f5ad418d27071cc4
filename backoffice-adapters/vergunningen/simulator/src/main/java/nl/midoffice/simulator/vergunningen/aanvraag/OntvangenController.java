package nl.midoffice.simulator.vergunningen.aanvraag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The control API every simulator in this project has: what arrived (one record per application,
 * so a test can count that an aanvraag arrived exactly once) and a reset. No BSN in here.
 */
@RestController
@RequestMapping("/simulator")
class OntvangenController {

    private final AanvraagRegister register;

    OntvangenController(AanvraagRegister register) {
        this.register = register;
    }

    @GetMapping("/ontvangen")
    Map<String, List<Ontvangen>> ontvangen() {
        return Map.of("ontvangen", register.alleNieuwsteEerst().stream().map(Ontvangen::van).toList());
    }

    /** Forgets applications and the address register alike: a reset must leave no permit behind. */
    @DeleteMapping("/ontvangen")
    ResponseEntity<Void> wis() {
        register.wis();
        return ResponseEntity.noContent().build();
    }

    record Ontvangen(String id, String referentie, String aanvraagId, String correlationId, String gemeente,
                     String kenteken, Instant ontvangenOp, int herhalingen, AanvraagStatus status, Uitkomst besluit,
                     boolean callbackAfgeleverd, AfleverStatus callbackStatus, int callbackPogingen) {

        static Ontvangen van(Aanvraag a) {
            return new Ontvangen(a.id(), a.gegevens().referentie(), a.herkomst().aanvraagId(),
                    a.herkomst().correlationId(), a.gegevens().gemeente(), a.gegevens().kenteken().waarde(),
                    a.ontvangenOp(), a.herhalingen(), a.status(), a.besluit() == null ? null : a.besluit().uitkomst(),
                    a.aflevering().status() == AfleverStatus.AFGELEVERD, a.aflevering().status(),
                    a.aflevering().pogingen());
        }
    }
}
