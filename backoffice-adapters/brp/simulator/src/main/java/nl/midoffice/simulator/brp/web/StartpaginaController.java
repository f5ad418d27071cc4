package nl.midoffice.simulator.brp.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.midoffice.simulator.brp.ontvangen.Bevraging;
import nl.midoffice.simulator.brp.ontvangen.Bevragingen;
import nl.midoffice.simulator.brp.personen.PersoonRegister;
import nl.midoffice.simulator.support.gedrag.GedragService;

/** The simulator's own page: which persons it holds, the current failure mode and the recent bevragingen. */
@Controller
class StartpaginaController {

    /** Enough to follow a demo; the control API has them all. */
    static final int MAX_OP_PAGINA = 50;

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final PersoonRegister register;
    private final Bevragingen bevragingen;
    private final GedragService gedrag;
    private final Clock clock;

    StartpaginaController(PersoonRegister register, Bevragingen bevragingen, GedragService gedrag, Clock clock) {
        this.register = register;
        this.bevragingen = bevragingen;
        this.gedrag = gedrag;
        this.clock = clock;
    }

    @GetMapping("/")
    String startpagina(Model model) {
        model.addAttribute("personen", register.testpersonen());
        model.addAttribute("bevragingen", bevragingen.nieuwsteEerst().stream().limit(MAX_OP_PAGINA)
                .map(b -> new Rij(TIJD.format(b.ontvangenOp().atZone(clock.getZone())), b)).toList());
        model.addAttribute("gedrag", gedrag.huidig());
        return "startpagina";
    }

    /** A bevraging with its arrival time in local Dutch time, for the table. */
    record Rij(String ontvangenOp, Bevraging bevraging) {
    }
}
