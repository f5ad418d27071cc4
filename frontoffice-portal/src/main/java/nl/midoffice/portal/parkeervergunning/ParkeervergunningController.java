package nl.midoffice.portal.parkeervergunning;

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
 * Parkeervergunning aanvragen in two steps, like the verhuizing: the form, then "Controleer uw gegevens"
 * with "Wijzigen" and "Versturen", the data in hidden fields in between and checked again on "Versturen".
 * The form names the address the permit is for, when the mid-office knows it.
 */
@Controller
@RequestMapping(ParkeervergunningController.PAD)
class ParkeervergunningController {

    static final String PAD = "/producten/parkeervergunning";
    private static final String FORMULIER = "parkeervergunning/formulier";
    private static final String CONTROLEREN = "parkeervergunning/controleren";

    private final MidofficeClient midoffice;
    private final ParkeervergunningRegels regels;
    private final LoketKeuze loketKeuze;
    private final PersoonOphalen persoonOphalen;

    ParkeervergunningController(MidofficeClient midoffice, ParkeervergunningRegels regels, LoketKeuze loketKeuze,
            PersoonOphalen persoonOphalen) {
        this.midoffice = midoffice;
        this.regels = regels;
        this.loketKeuze = loketKeuze;
        this.persoonOphalen = persoonOphalen;
    }

    @ModelAttribute
    void keuzelijsten(Model model) {
        model.addAttribute("venster", regels.venster());
    }

    @GetMapping
    String formulier(@ModelAttribute ParkeervergunningForm parkeervergunningForm,
            @AuthenticationPrincipal Burger burger, HttpServletRequest request, Model model) {
        parkeervergunningForm.nieuweIdempotencyKey();
        parkeervergunningForm.setGemeente(loketKeuze.huidig(request).getCode());
        return formulier(parkeervergunningForm, burger, model);
    }

    @PostMapping
    String controleren(@Valid @ModelAttribute ParkeervergunningForm parkeervergunningForm, BindingResult errors,
            @AuthenticationPrincipal Burger burger, Model model) {
        parkeervergunningForm.zorgVoorIdempotencyKey();
        regels.controleer(parkeervergunningForm, errors);
        return errors.hasErrors() ? formulier(parkeervergunningForm, burger, model) : CONTROLEREN;
    }

    /** Back to the form with everything kept; nothing is checked, the form shows what there was. */
    @PostMapping(path = "/versturen", params = "wijzigen")
    String wijzigen(@ModelAttribute ParkeervergunningForm parkeervergunningForm, BindingResult errors,
            @AuthenticationPrincipal Burger burger, Model model) {
        parkeervergunningForm.zorgVoorIdempotencyKey();
        return formulier(parkeervergunningForm, burger, model);
    }

    @PostMapping("/versturen")
    ModelAndView versturen(@Valid @ModelAttribute ParkeervergunningForm parkeervergunningForm, BindingResult errors,
            @AuthenticationPrincipal Burger burger, Model model) {
        parkeervergunningForm.zorgVoorIdempotencyKey();
        regels.controleer(parkeervergunningForm, errors);
        if (errors.hasErrors()) {
            return new ModelAndView(formulier(parkeervergunningForm, burger, model));
        }
        ParkeervergunningForm form = parkeervergunningForm;
        return Indienen.verstuurGecontroleerd(midoffice, form, form.naarAanvraag(burger.bsn()), errors,
                ParkeervergunningForm::veldVoor, model, () -> formulier(form, burger, model), CONTROLEREN);
    }

    /** The form, with the address the permit is for when the municipality's data can be had. */
    private String formulier(ParkeervergunningForm form, Burger burger, Model model) {
        model.addAttribute("persoon", persoonOphalen.voor(burger.bsn(), form.getGemeente()));
        return FORMULIER;
    }
}
