package nl.midoffice.portal.melding;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import nl.midoffice.portal.catalogus.Gemeente;
import nl.midoffice.portal.login.Burger;
import nl.midoffice.portal.midoffice.AanvraagOntvangen;
import nl.midoffice.portal.midoffice.MidofficeClient;
import nl.midoffice.portal.midoffice.MidofficeNietBeschikbaarException;
import nl.midoffice.portal.midoffice.OngeldigeAanvraagException;

/** The melding openbare ruimte: form, server-side validation, submission to the mid-office. */
@Controller
@RequestMapping("/producten/melding-openbare-ruimte")
class MeldingController {

    static final String NIET_GELUKT = "Het indienen is nu niet gelukt; probeer het later opnieuw. Uw gegevens staan nog in het formulier.";
    private static final String VIEW = "melding/formulier";

    private final MidofficeClient midoffice;

    MeldingController(MidofficeClient midoffice) {
        this.midoffice = midoffice;
    }

    @ModelAttribute
    void keuzelijsten(Model model) {
        model.addAttribute("gemeenten", List.of(Gemeente.values()));
        model.addAttribute("categorieen", List.of(Categorie.values()));
    }

    @GetMapping
    String formulier(@ModelAttribute MeldingForm meldingForm) {
        meldingForm.nieuweIdempotencyKey();
        return VIEW;
    }

    @PostMapping
    ModelAndView indienen(@Valid @ModelAttribute MeldingForm meldingForm, BindingResult errors,
            @AuthenticationPrincipal Burger burger, Model model) {
        UUID key = meldingForm.zorgVoorIdempotencyKey();
        if (errors.hasErrors()) {
            return new ModelAndView(VIEW);
        }
        try {
            AanvraagOntvangen ontvangen = midoffice.dienIn(meldingForm.naarAanvraag(burger.bsn()), key);
            RedirectView redirect = new RedirectView("/mijn-aanvragen/" + ontvangen.id() + "?bevestiging=true", true);
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(redirect);
        } catch (OngeldigeAanvraagException e) {
            ApiFoutenOpFormulier.plaats(e.getProbleem(), errors);
            // nothing was stored, and a corrected submission is a different request: it needs its own key
            meldingForm.nieuweIdempotencyKey();
        } catch (MidofficeNietBeschikbaarException e) {
            // keep the key: the first attempt may have been stored, and a retry must not duplicate it
            model.addAttribute("indienFout", NIET_GELUKT);
        }
        return new ModelAndView(VIEW);
    }
}
