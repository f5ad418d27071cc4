package nl.midoffice.portal.formulier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import nl.midoffice.portal.midoffice.AanvraagOntvangen;

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

    public static LocalDate vandaag(Clock clock) {
        return LocalDate.now(clock.withZone(NEDERLAND));
    }
}
