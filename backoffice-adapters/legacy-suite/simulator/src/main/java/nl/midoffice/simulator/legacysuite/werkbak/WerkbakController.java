package nl.midoffice.simulator.legacysuite.werkbak;

import java.time.Clock;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import nl.midoffice.simulator.legacysuite.zaak.StatusWijzigingGeweigerdException;
import nl.midoffice.simulator.legacysuite.zaak.ZaakRegister;
import nl.midoffice.simulator.legacysuite.zaak.ZaakStatus;

/** The clerk's work queue: what arrived, newest first, and a form per open zaak to move it on. */
@Controller
class WerkbakController {

    static final int MAX_TOELICHTING = 1000;
    /** What a clerk may choose; Geregistreerd is only ever set by intake. */
    static final Map<String, ZaakStatus> KEUZES = Map.of(
            "IN_BEHANDELING", ZaakStatus.IN_BEHANDELING,
            "AFGEHANDELD", ZaakStatus.AFGEHANDELD,
            "AFGEWEZEN", ZaakStatus.AFGEWEZEN);

    private final ZaakRegister register;
    private final Clock clock;

    WerkbakController(ZaakRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping({"/", "/werkbak"})
    String werkbak(Model model) {
        model.addAttribute("zaken", register.alleNieuwsteEerst().stream().map(z -> WerkbakRij.van(z, clock)).toList());
        return "werkbak";
    }

    @PostMapping("/werkbak/zaken/{identificatie}/status")
    RedirectView wijzigStatus(@PathVariable String identificatie,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) String toelichting,
                              RedirectAttributes redirect) {
        String tekst = toelichting == null ? "" : toelichting.strip();
        try {
            ZaakStatus nieuw = KEUZES.get(status);
            if (nieuw == null) {
                throw new StatusWijzigingGeweigerdException("Kies een geldige nieuwe status voor zaak " + identificatie + ".");
            }
            if (nieuw == ZaakStatus.AFGEWEZEN && tekst.isEmpty()) {
                throw new StatusWijzigingGeweigerdException("Geef bij afwijzen van zaak " + identificatie
                        + " een toelichting: de reden wordt aan de inwoner getoond.");
            }
            if (tekst.length() > MAX_TOELICHTING) {
                throw new StatusWijzigingGeweigerdException("De toelichting mag hoogstens " + MAX_TOELICHTING + " tekens zijn.");
            }
            register.wijzigStatus(identificatie, nieuw, tekst);
            redirect.addFlashAttribute("melding", "Zaak " + identificatie + " heeft nu de status " + nieuw.omschrijving() + ".");
        } catch (StatusWijzigingGeweigerdException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return terugNaarWerkbak();
    }

    /** Post/redirect/get: 303, so a reload of the page never posts the form again. */
    static RedirectView terugNaarWerkbak() {
        RedirectView terug = new RedirectView("/werkbak", true);
        terug.setStatusCode(HttpStatus.SEE_OTHER);
        return terug;
    }
}
