package nl.midoffice.portal.formulier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import nl.midoffice.portal.midoffice.AanvraagOntvangen;
import nl.midoffice.portal.midoffice.IdempotencyKeyAlGebruiktException;
import nl.midoffice.portal.midoffice.MidofficeClient;
import nl.midoffice.portal.midoffice.MidofficeNietBeschikbaarException;
import nl.midoffice.portal.midoffice.NieuweAanvraag;
import nl.midoffice.portal.midoffice.OngeldigeAanvraagException;

/** The steps every product form ends with, worded once. */
public final class Indienen {

    public static final String NIET_GELUKT =
            "Het indienen is nu niet gelukt; probeer het later opnieuw. Uw gegevens staan nog in het formulier.";
    /** The same, on a "Controleer uw gegevens" page: the citizen can simply press "Versturen" again. */
    public static final String NIET_GELUKT_BIJ_CONTROLE =
            "Het indienen is nu niet gelukt; probeer het later opnieuw. Uw gegevens zijn bewaard: u kunt ze zo nogmaals versturen.";
    /** After {@code IdempotencyKeyAlGebruiktException}: the form gets a new key, so sending again is a new aanvraag. */
    public static final String EERDER_ONTVANGEN = "Een eerdere poging om te versturen is toch aangekomen, met andere "
            + "gegevens. Kijk bij Mijn aanvragen of die aanvraag er staat. Wilt u deze gegevens ook versturen? "
            + "Verstuur ze dan opnieuw.";
    public static final String ALGEMENE_FOUT = "De gemeente kon uw aanvraag niet aannemen. Controleer uw gegevens.";

    /** Date windows are Dutch calendar days, as the mid-office counts them. */
    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Indienen() {
    }

    /** 303, so a reload of the confirmation is a GET and never a second submission. */
    public static ModelAndView naarBevestiging(AanvraagOntvangen ontvangen) {
        RedirectView redirect = new RedirectView("/mijn-aanvragen/" + ontvangen.id() + "?bevestiging=true", true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(redirect);
    }

    /**
     * Sends a form the citizen has checked (the "Versturen" on a check-your-answers page): the confirmation, or the
     * page to show again with what went wrong. A refusal of the content goes back to the form with a new key (nothing
     * was stored, a corrected form is a new request); an unreachable mid-office keeps the key (the first attempt may
     * have been stored, a retry must not duplicate it).
     *
     * @param formulier    shows the form again (with what the form page needs in the model) and returns its view
     * @param controleren  the check-your-answers view
     */
    public static ModelAndView verstuurGecontroleerd(MidofficeClient midoffice, AanvraagForm form,
            NieuweAanvraag aanvraag, BindingResult errors, Function<String, String> veldVoor, Model model,
            Supplier<String> formulier, String controleren) {
        UUID key = form.zorgVoorIdempotencyKey();
        try {
            return naarBevestiging(midoffice.dienIn(aanvraag, key));
        } catch (OngeldigeAanvraagException e) {
            ApiFouten.plaats(e.getProbleem(), errors, veldVoor, ALGEMENE_FOUT);
            form.nieuweIdempotencyKey();
            return new ModelAndView(formulier.get());
        } catch (MidofficeNietBeschikbaarException e) {
            model.addAttribute("indienFout", NIET_GELUKT_BIJ_CONTROLE);
            return new ModelAndView(controleren);
        } catch (IdempotencyKeyAlGebruiktException e) {
            form.nieuweIdempotencyKey();
            model.addAttribute("indienFout", EERDER_ONTVANGEN);
            return new ModelAndView(controleren);
        }
    }

    public static LocalDate vandaag(Clock clock) {
        return LocalDate.now(clock.withZone(NEDERLAND));
    }
}
