package nl.midoffice.portal.verhuizing;

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
import nl.midoffice.portal.formulier.Indienen;
import nl.midoffice.portal.login.Burger;
import nl.midoffice.portal.midoffice.MidofficeClient;
import nl.midoffice.portal.persoon.PersoonOphalen;

/**
 * Verhuizing doorgeven in two steps: the form, then "Controleer uw gegevens" with "Wijzigen" and
 * "Versturen". Between the steps the data travels in hidden fields (with the same idempotency key); the
 * citizen's own BSN never does, it comes from the session. "Versturen" checks everything again, because
 * hidden fields can be changed and a date can drop out of its window overnight. The form is for the
 * municipality of the counter the citizen is at, and shows their current address there when the mid-office knows it.
 */
@Controller
@RequestMapping(VerhuizingController.PAD)
class VerhuizingController {

    static final String PAD = "/producten/verhuizing";
    private static final String FORMULIER = "verhuizing/formulier";
    private static final String CONTROLEREN = "verhuizing/controleren";

    private final MidofficeClient midoffice;
    private final VerhuizingRegels regels;
    private final LoketKeuze loketKeuze;
    private final PersoonOphalen persoonOphalen;

    VerhuizingController(MidofficeClient midoffice, VerhuizingRegels regels, LoketKeuze loketKeuze,
            PersoonOphalen persoonOphalen) {
        this.midoffice = midoffice;
        this.regels = regels;
        this.loketKeuze = loketKeuze;
        this.persoonOphalen = persoonOphalen;
    }

    @ModelAttribute
    void keuzelijsten(Model model) {
        model.addAttribute("venster", regels.venster());
        model.addAttribute("meeverhuizerVelden", VerhuizingForm.MEEVERHUIZER_VELDEN);
    }

    @GetMapping
    String formulier(@ModelAttribute VerhuizingForm verhuizingForm, @AuthenticationPrincipal Burger burger,
            HttpServletRequest request, Model model) {
        verhuizingForm.nieuweIdempotencyKey();
        verhuizingForm.setGemeente(loketKeuze.huidig(request).getCode());
        return formulier(verhuizingForm, burger, model);
    }

    @PostMapping
    String controleren(@Valid @ModelAttribute VerhuizingForm verhuizingForm, BindingResult errors,
            @AuthenticationPrincipal Burger burger, Model model) {
        verhuizingForm.zorgVoorIdempotencyKey();
        regels.controleer(verhuizingForm, burger.bsn(), errors);
        return errors.hasErrors() ? formulier(verhuizingForm, burger, model) : CONTROLEREN;
    }

    /** Back to the form with everything kept; nothing is checked, the form shows what there was. */
    @PostMapping(path = "/versturen", params = "wijzigen")
    String wijzigen(@ModelAttribute VerhuizingForm verhuizingForm, BindingResult errors,
            @AuthenticationPrincipal Burger burger, Model model) {
        verhuizingForm.zorgVoorIdempotencyKey();
        return formulier(verhuizingForm, burger, model);
    }

    @PostMapping("/versturen")
    ModelAndView versturen(@Valid @ModelAttribute VerhuizingForm verhuizingForm, BindingResult errors,
            @AuthenticationPrincipal Burger burger, Model model) {
        verhuizingForm.zorgVoorIdempotencyKey();
        regels.controleer(verhuizingForm, burger.bsn(), errors);
        if (errors.hasErrors()) {
            return new ModelAndView(formulier(verhuizingForm, burger, model));
        }
        return Indienen.verstuurGecontroleerd(midoffice, verhuizingForm, verhuizingForm.naarAanvraag(burger.bsn()),
                errors, verhuizingForm::veldVoor, model, () -> formulier(verhuizingForm, burger, model), CONTROLEREN);
    }

    /** The form, with the citizen's current address when the municipality's data can be had. */
    private String formulier(VerhuizingForm form, Burger burger, Model model) {
        model.addAttribute("persoon", persoonOphalen.voor(burger.bsn(), form.getGemeente()));
        return FORMULIER;
    }
}
