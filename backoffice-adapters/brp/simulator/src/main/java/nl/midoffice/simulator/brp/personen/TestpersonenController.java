package nl.midoffice.simulator.brp.personen;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /simulator/personen}: the test persons in short, for a demo portal's login page (pick a
 * citizen) and for tests. Not part of the BRP API; these are public, fictitious test numbers.
 */
@RestController
class TestpersonenController {

    private final PersoonRegister register;

    TestpersonenController(PersoonRegister register) {
        this.register = register;
    }

    @GetMapping("/simulator/personen")
    Map<String, List<Testpersoon>> personen() {
        return Map.of("personen", register.testpersonen());
    }
}
