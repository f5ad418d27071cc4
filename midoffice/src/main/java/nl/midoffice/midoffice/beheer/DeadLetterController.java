package nl.midoffice.midoffice.beheer;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Administration API: the dead letters, with retry and discard (docs/architecture.md). */
@RestController
@RequestMapping(path = "/api/v1/beheer/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    record Lijst(List<DeadLetters.DeadLetter> deadLetters) {
    }

    @GetMapping
    Lijst lijst() {
        return new Lijst(deadLetters.alle());
    }

    @GetMapping("/{id}")
    DeadLetters.DeadLetter toon(@PathVariable String id) {
        return deadLetters.vind(id).orElseThrow(DeadLetterController::nietGevonden);
    }

    @PostMapping("/{id}/opnieuw")
    ResponseEntity<Void> opnieuw(@PathVariable String id, Principal beheerder) {
        if (!deadLetters.opnieuw(id, beheerder.getName())) {
            throw nietGevonden();
        }
        return ResponseEntity.accepted().build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> verwijder(@PathVariable String id, Principal beheerder) {
        if (!deadLetters.verwijder(id, beheerder.getName())) {
            throw nietGevonden();
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseStatusException nietGevonden() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Er is geen dead letter met dit id.");
    }
}
