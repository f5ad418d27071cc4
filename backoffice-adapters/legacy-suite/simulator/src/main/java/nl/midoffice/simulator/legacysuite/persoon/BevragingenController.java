package nl.midoffice.simulator.legacysuite.persoon;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Person lookups answered by the suite, kept apart from {@code /simulator/ontvangen} so that that
 * list stays one record per zaak.
 */
@RestController
@RequestMapping("/simulator/bevragingen")
class BevragingenController {

    private final Bevragingen bevragingen;

    BevragingenController(Bevragingen bevragingen) {
        this.bevragingen = bevragingen;
    }

    @GetMapping
    Map<String, List<Bevraging>> bevragingen() {
        return Map.of("bevragingen", bevragingen.nieuwsteEerst());
    }

    @DeleteMapping
    ResponseEntity<Void> wis() {
        bevragingen.wis();
        return ResponseEntity.noContent().build();
    }
}
