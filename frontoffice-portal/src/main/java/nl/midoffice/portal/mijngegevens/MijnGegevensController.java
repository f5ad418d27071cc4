package nl.midoffice.portal.mijngegevens;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.midoffice.portal.catalogus.LoketKeuze;
import nl.midoffice.portal.login.Burger;
import nl.midoffice.portal.midoffice.MidofficeClient;
import nl.midoffice.portal.midoffice.MidofficeNietBeschikbaarException;
import nl.midoffice.portal.midoffice.Verwerking;
import nl.midoffice.portal.persoon.PersoonOphalen;

/**
 * "Mijn gegevens en wie ze bekeek": what the municipality of the counter knows of the citizen, and the log of who
 * processed their personal data, when, why and on which legal ground (the mid-office's Verwerkingenlogging).
 * Either half may be unavailable; the page then says so for that half and shows the other.
 */
@Controller
class MijnGegevensController {

    static final String PAD = "/mijn-gegevens";

    private final MidofficeClient midoffice;
    private final PersoonOphalen persoonOphalen;
    private final LoketKeuze loketKeuze;
    private final VerwerkingWeergave weergave;

    MijnGegevensController(MidofficeClient midoffice, PersoonOphalen persoonOphalen, LoketKeuze loketKeuze,
            VerwerkingWeergave weergave) {
        this.midoffice = midoffice;
        this.persoonOphalen = persoonOphalen;
        this.loketKeuze = loketKeuze;
        this.weergave = weergave;
    }

    @GetMapping(PAD)
    String mijnGegevens(@AuthenticationPrincipal Burger burger, HttpServletRequest request, Model model) {
        // the lookup first, so the log below already shows it: this page, too, reads personal data
        model.addAttribute("persoon", persoonOphalen.voor(burger.bsn(), loketKeuze.huidig(request).getCode()));
        try {
            List<Verwerking> verwerkingen = weergave.nieuwsteEerst(midoffice.verwerkingen(burger.bsn()));
            model.addAttribute("verwerkingen", verwerkingen);
        } catch (MidofficeNietBeschikbaarException e) {
            model.addAttribute("verwerkingen", null);
        }
        return "mijngegevens/overzicht";
    }
}
