package nl.midoffice.simulator.vergunningen.pagina;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import nl.midoffice.simulator.vergunningen.SimulatorProperties;
import nl.midoffice.simulator.vergunningen.aanvraag.AanvraagRegister;
import nl.midoffice.simulator.vergunningen.aanvraag.Beslisregels;
import nl.midoffice.simulator.vergunningen.aanvraag.Beslisser;
import nl.midoffice.simulator.vergunningen.aanvraag.BesluitGeweigerdException;
import nl.midoffice.simulator.vergunningen.aanvraag.Kenteken;
import nl.midoffice.simulator.vergunningen.aanvraag.Uitkomst;
import nl.midoffice.simulator.vergunningen.callback.CallbackBezorger;

/**
 * The service's page: applications, decisions and callback delivery, newest first. A clerk may
 * decide an open application before the rules do, and restart a delivery that failed for good.
 */
@Controller
class PaginaController {

    static final int MAX_REDEN = 500;
    static final String STANDAARD_REDEN_VERLEEND = "Verleend door een medewerker";

    private final AanvraagRegister register;
    private final Beslisser beslisser;
    private final CallbackBezorger bezorger;
    private final Beslisregels regels;
    private final Clock clock;
    private final SimulatorProperties properties;

    PaginaController(AanvraagRegister register, Beslisser beslisser, CallbackBezorger bezorger, Beslisregels regels,
                     Clock clock, SimulatorProperties properties) {
        this.register = register;
        this.beslisser = beslisser;
        this.bezorger = bezorger;
        this.regels = regels;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/")
    String overzicht(Model model) {
        model.addAttribute("aanvragen",
                register.alleNieuwsteEerst().stream().map(a -> AanvraagRij.van(a, clock.getZone())).toList());
        model.addAttribute("onbekendeKentekens", regels.onbekendeKentekens().stream()
                .map(k -> Kenteken.lees(k).map(Kenteken::weergave).orElse(k)).sorted().toList());
        model.addAttribute("beslistermijn", properties.beslistermijn().toMillis() / 1000.0);
        return "overzicht";
    }

    @PostMapping("/aanvragen/{id}/besluit")
    RedirectView beslis(@PathVariable String id, @RequestParam(required = false) String uitkomst,
                        @RequestParam(required = false) String reden, RedirectAttributes redirect) {
        String tekst = reden == null ? "" : reden.strip();
        try {
            Uitkomst gekozen = "VERLEEND".equals(uitkomst) ? Uitkomst.VERLEEND
                    : "AFGEWEZEN".equals(uitkomst) ? Uitkomst.AFGEWEZEN : null;
            if (gekozen == null) {
                throw new BesluitGeweigerdException("Kies verlenen of afwijzen.");
            }
            if (gekozen == Uitkomst.AFGEWEZEN && tekst.isEmpty()) {
                throw new BesluitGeweigerdException("Geef bij afwijzen een reden: de aanvrager krijgt die te zien.");
            }
            if (tekst.length() > MAX_REDEN) {
                throw new BesluitGeweigerdException("De reden mag hoogstens " + MAX_REDEN + " tekens zijn.");
            }
            var besloten = beslisser.beslisHandmatig(id, gekozen, tekst.isEmpty() ? STANDAARD_REDEN_VERLEEND : tekst);
            redirect.addFlashAttribute("melding", "Aanvraag " + besloten.gegevens().referentie() + " is "
                    + (gekozen == Uitkomst.VERLEEND ? "verleend" : "afgewezen") + "; het besluit wordt afgeleverd.");
        } catch (BesluitGeweigerdException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return terug();
    }

    @PostMapping("/aanvragen/{id}/callback")
    RedirectView opnieuwAfleveren(@PathVariable String id, RedirectAttributes redirect) {
        if (bezorger.opnieuw(id)) {
            redirect.addFlashAttribute("melding", "Het besluit wordt opnieuw afgeleverd.");
        } else {
            redirect.addFlashAttribute("fout", "Opnieuw afleveren kan alleen als de aflevering is mislukt.");
        }
        return terug();
    }

    private static RedirectView terug() {
        RedirectView terug = new RedirectView("/", true);
        terug.setStatusCode(HttpStatus.SEE_OTHER);
        return terug;
    }
}
