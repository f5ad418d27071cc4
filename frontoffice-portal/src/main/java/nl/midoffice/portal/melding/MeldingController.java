package nl.midoffice.portal.melding;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import nl.midoffice.portal.catalogus.LoketKeuze;
import nl.midoffice.portal.formulier.ApiFouten;
import nl.midoffice.portal.formulier.Indienen;
import nl.midoffice.portal.login.Burger;
import nl.midoffice.portal.midoffice.IdempotencyKeyAlGebruiktException;
import nl.midoffice.portal.midoffice.MidofficeClient;
import nl.midoffice.portal.midoffice.MidofficeNietBeschikbaarException;
import nl.midoffice.portal.midoffice.OngeldigeAanvraagException;

/** The melding openbare ruimte: form, server-side validation, submission to the mid-office. */
@Controller
@RequestMapping("/producten/melding-openbare-ruimte")
class MeldingController {

    static final String ALGEMENE_FOUT = "De gemeente kon uw melding niet aannemen. Controleer uw gegevens.";
    private static final String VIEW = "melding/formulier";

    private final MidofficeClient midoffice;
    private final LoketKeuze loketKeuze;

    MeldingController(MidofficeClient midoffice, LoketKeuze loketKeuze) {
        this.midoffice = midoffice;
        this.loketKeuze = loketKeuze;
    }

    @ModelAttribute
    void keuzelijsten(Model model) {
        model.addAttribute("categorieen", List.of(Categorie.values()));
    }

    /** The melding goes to the municipality of the counter the citizen is at. */
    @GetMapping
    String formulier(@ModelAttribute MeldingForm meldingForm, HttpServletRequest request) {
        meldingForm.nieuweIdempotencyKey();
        meldingForm.setGemeente(loketKeuze.huidig(request).getCode());
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
            return Indienen.naarBevestiging(midoffice.dienIn(meldingForm.naarAanvraag(burger.bsn()), key));
        } catch (OngeldigeAanvraagException e) {
            ApiFouten.plaats(e.getProbleem(), errors, MeldingForm::veldVoor, ALGEMENE_FOUT);
            // nothing was stored, and a corrected submission is a different request: it needs its own key
            meldingForm.nieuweIdempotencyKey();
        } catch (MidofficeNietBeschikbaarException e) {
            // keep the key: the first attempt may have been stored, and a retry must not duplicate it
            model.addAttribute("indienFout", Indienen.NIET_GELUKT);
        } catch (IdempotencyKeyAlGebruiktException e) {
            meldingForm.nieuweIdempotencyKey();
            model.addAttribute("indienFout", Indienen.EERDER_ONTVANGEN);
        }
        return new ModelAndView(VIEW);
    }
}
