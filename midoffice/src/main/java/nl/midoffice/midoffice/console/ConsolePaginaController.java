package nl.midoffice.midoffice.console;

import java.security.Principal;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.midoffice.midoffice.capability.CapabilityModi;
import nl.midoffice.midoffice.capability.Modus;
import nl.midoffice.midoffice.orchestratie.ZaakReplicatie;

/**
 * The architect console's page: a server-rendered shell (municipalities, capabilities, systems, the CSRF token)
 * that {@code /beheer/console.js} fills and keeps current from the console API; and its login page.
 */
@Controller
class ConsolePaginaController {

    private final CapabilityModi modi;
    private final SimulatorProxy simulatoren;
    private final ZaakReplicatie replicatie;

    ConsolePaginaController(CapabilityModi modi, SimulatorProxy simulatoren, ZaakReplicatie replicatie) {
        this.modi = modi;
        this.simulatoren = simulatoren;
        this.replicatie = replicatie;
    }

    @GetMapping("/beheer")
    String console(Model model, Principal beheerder) {
        model.addAttribute("gebruiker", beheerder.getName());
        model.addAttribute("gemeenten", ConsoleOverzichtController.gemeenten(modi));
        model.addAttribute("modi", Modus.values());
        model.addAttribute("systemen", simulatoren.systemen());
        model.addAttribute("simulatorModi", SimulatorProxy.Modus.values());
        model.addAttribute("maxPerMinuut", Verkeersgenerator.MAX_PER_MINUUT);
        model.addAttribute("replicaties", modi.gemeenten().keySet().stream().collect(Collectors.toMap(g -> g,
                g -> ConsoleReplicatieController.stand(replicatie, modi, g))));
        model.addAttribute("vensterMinuten", ConsoleOverzichtController.VENSTER.toMinutes());
        return "beheer/console";
    }

    @GetMapping("/beheer/inloggen")
    String inloggen() {
        return "beheer/inloggen";
    }
}
