package nl.midoffice.portal.parkeervergunning;

import java.util.List;
import java.util.UUID;

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

import nl.midoffice.portal.catalogus.Gemeente;
import nl.midoffice.portal.formulier.ApiFouten;
import nl.midoffice.portal.formulier.Indienen;
import nl.midoffice.portal.login.Burger;
import nl.midoffice.portal.midoffice.IdempotencyKeyAlGebruiktException;
import nl.midoffice.portal.midoffice.MidofficeClient;
import nl.midoffice.portal.midoffice.MidofficeNietBeschikbaarException;
import nl.midoffice.portal.midoffice.OngeldigeAanvraagException;

/**
 * Parkeervergunning aanvragen in two steps, like the verhuizing: the form, then "Controleer uw gegevens"
 * with "Wijzigen" and "Versturen", the data in hidden fields in between and checked again on "Versturen".
 */
@Controller
@RequestMapping(ParkeervergunningController.PAD)
class ParkeervergunningController {

    static final String PAD = "/producten/parkeervergunning";
    private static final String FORMULIER = "parkeervergunning/formulier";
    private static final String CONTROLEREN = "parkeervergunning/controleren";

    private final MidofficeClient midoffice;
    private final ParkeervergunningRegels regels;

    ParkeervergunningController(MidofficeClient midoffice, ParkeervergunningRegels regels) {
        this.midoffice = midoffice;
        this.regels = regels;
    }

    @ModelAttribute
    void keuzelijsten(Model model) {
        model.addAttribute("gemeenten", List.of(Gemeente.values()));
        model.addAttribute("venster", regels.venster());
    }

    @GetMapping
    String formulier(@ModelAttribute ParkeervergunningForm parkeervergunningForm) {
        parkeervergunningForm.nieuweIdempotencyKey();
        return FORMULIER;
    }

    @PostMapping
    String controleren(@Valid @ModelAttribute ParkeervergunningForm parkeervergunningForm, BindingResult errors) {
        parkeervergunningForm.zorgVoorIdempotencyKey();
        regels.controleer(parkeervergunningForm, errors);
        return errors.hasErrors() ? FORMULIER : CONTROLEREN;
    }

    /** Back to the form with everything kept; nothing is checked, the form shows what there was. */
    @PostMapping(path = "/versturen", params = "wijzigen")
    String wijzigen(@ModelAttribute ParkeervergunningForm parkeervergunningForm, BindingResult errors) {
        parkeervergunningForm.zorgVoorIdempotencyKey();
        return FORMULIER;
    }

    @PostMapping("/versturen")
    ModelAndView versturen(@Valid @ModelAttribute ParkeervergunningForm parkeervergunningForm, BindingResult errors,
            @AuthenticationPrincipal Burger burger, Model model) {
        UUID key = parkeervergunningForm.zorgVoorIdempotencyKey();
        regels.controleer(parkeervergunningForm, errors);
        if (errors.hasErrors()) {
            return new ModelAndView(FORMULIER);
        }
        try {
            return Indienen.naarBevestiging(midoffice.dienIn(parkeervergunningForm.naarAanvraag(burger.bsn()), key));
        } catch (OngeldigeAanvraagException e) {
            ApiFouten.plaats(e.getProbleem(), errors, ParkeervergunningForm::veldVoor, Indienen.ALGEMENE_FOUT);
            // nothing was stored, and a corrected submission is a different request: it needs its own key
            parkeervergunningForm.nieuweIdempotencyKey();
            return new ModelAndView(FORMULIER);
        } catch (MidofficeNietBeschikbaarException e) {
            // keep the key: the first attempt may have been stored, and a retry must not duplicate it
            model.addAttribute("indienFout", Indienen.NIET_GELUKT_BIJ_CONTROLE);
            return new ModelAndView(CONTROLEREN);
        } catch (IdempotencyKeyAlGebruiktException e) {
            parkeervergunningForm.nieuweIdempotencyKey();
            model.addAttribute("indienFout", Indienen.EERDER_ONTVANGEN);
            return new ModelAndView(CONTROLEREN);
        }
    }
}
