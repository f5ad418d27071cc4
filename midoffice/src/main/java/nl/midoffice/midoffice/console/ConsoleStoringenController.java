package nl.midoffice.midoffice.console;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.midoffice.beheer.DeadLetters;
import nl.midoffice.midoffice.capability.SchaduwVergelijkingen;

/**
 * What needs the architect's eye: the shadow runs that found differences (counted per capability, each one with
 * the fields that differ) and the dead letters, with retry and discard (the same services as the administration API).
 */
@RestController
@RequestMapping(path = "/beheer/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ConsoleStoringenController {

    private final SchaduwVergelijkingen schaduw;
    private final DeadLetters deadLetters;

    ConsoleStoringenController(SchaduwVergelijkingen schaduw, DeadLetters deadLetters) {
        this.schaduw = schaduw;
        this.deadLetters = deadLetters;
    }

    record Telling(String gemeente, String capability, long gelijk, long verschil, long wacht) {
    }

    /** A comparison as the console shows it: the differing fields, not the whole answers. */
    record Verschil(long id, UUID aanvraagId, String gemeente, String capability, String legacySysteem,
            String nieuwSysteem, String uitkomst, List<String> verschillen, Instant bijgewerktOp) {

        static Verschil van(SchaduwVergelijkingen.Vergelijking v) {
            return new Verschil(v.id(), v.aanvraagId(), v.gemeente(), v.capability().id(), v.legacySysteem(),
                    v.nieuwSysteem(), v.uitkomst().name(), v.verschillen(), v.bijgewerktOp());
        }
    }

    record Schaduw(List<Telling> tellingen, List<Verschil> verschillen) {
    }

    @GetMapping("/schaduwvergelijkingen")
    Schaduw schaduwvergelijkingen(@RequestParam(defaultValue = "20") int max) {
        return new Schaduw(schaduw.tellingen().stream().map(t -> new Telling(t.gemeente(), t.capability().id(),
                        t.gelijk(), t.verschil(), t.wacht())).toList(),
                schaduw.recent(true, Math.max(1, Math.min(max, 200))).stream().map(Verschil::van).toList());
    }

    @GetMapping("/schaduwvergelijkingen/{id}")
    Verschil schaduwvergelijking(@PathVariable long id) {
        return schaduw.vind(id).map(Verschil::van)
                .orElseThrow(() -> Problemen.nietGevonden("Er is geen schaduwvergelijking met dit id."));
    }

    record DeadLetterLijst(List<DeadLetters.DeadLetter> deadLetters) {
    }

    @GetMapping("/dead-letters")
    DeadLetterLijst deadLetters() {
        return new DeadLetterLijst(deadLetters.alle());
    }

    @PostMapping("/dead-letters/{id}/opnieuw")
    ResponseEntity<Void> opnieuw(@PathVariable String id, Principal beheerder) {
        if (!deadLetters.opnieuw(id, beheerder.getName())) {
            throw Problemen.nietGevonden("Er is geen dead letter met dit id (meer).");
        }
        return ResponseEntity.accepted().build();
    }

    @DeleteMapping("/dead-letters/{id}")
    ResponseEntity<Void> verwijder(@PathVariable String id, Principal beheerder) {
        if (!deadLetters.verwijder(id, beheerder.getName())) {
            throw Problemen.nietGevonden("Er is geen dead letter met dit id (meer).");
        }
        return ResponseEntity.noContent().build();
    }
}
