package nl.midoffice.simulator.brp.ontvangen;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The control API every simulator in this project has: what arrived (one record per answered
 * bevraging, so a test can count that a lookup happened exactly once) and a reset.
 */
@RestController
@RequestMapping("/simulator/ontvangen")
class OntvangenController {

    private final Bevragingen bevragingen;

    OntvangenController(Bevragingen bevragingen) {
        this.bevragingen = bevragingen;
    }

    @GetMapping
    Map<String, List<Bevraging>> ontvangen() {
        return Map.of("ontvangen", bevragingen.nieuwsteEerst());
    }

    @DeleteMapping
    ResponseEntity<Void> wis() {
        bevragingen.wis();
        return ResponseEntity.noContent().build();
    }
}
