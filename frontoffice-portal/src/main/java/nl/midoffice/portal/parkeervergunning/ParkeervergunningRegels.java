package nl.midoffice.portal.parkeervergunning;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import nl.midoffice.portal.formulier.Datumvenster;
import nl.midoffice.portal.formulier.Indienen;

/**
 * The rules of a parkeervergunning beyond single annotations, the same as the mid-office's: a Dutch
 * kenteken, and an ingangsdatum from today up to 3 months ahead (Dutch calendar days).
 */
@Component
class ParkeervergunningRegels {

    static final int MAANDEN_VOORUIT = 3;

    private final Clock clock;

    ParkeervergunningRegels(Clock clock) {
        this.clock = clock;
    }

    Datumvenster venster() {
        LocalDate vandaag = Indienen.vandaag(clock);
        return new Datumvenster(vandaag, vandaag.plusMonths(MAANDEN_VOORUIT));
    }

    void controleer(ParkeervergunningForm form, Errors errors) {
        if (form.getKenteken() != null && !errors.hasFieldErrors("kenteken")) {
            Kenteken.fout(form.getKenteken()).ifPresent(reden -> errors.rejectValue("kenteken", "kenteken", reden));
        }
        LocalDate datum = form.getIngangsdatum();
        if (datum == null || errors.hasFieldErrors("ingangsdatum")) {
            return;
        }
        Datumvenster venster = venster();
        if (venster.isTeVroeg(datum)) {
            errors.rejectValue("ingangsdatum", "venster",
                    "Een vergunning gaat niet met terugwerkende kracht in: kies vandaag of een latere datum.");
        } else if (venster.isTeLaat(datum)) {
            errors.rejectValue("ingangsdatum", "venster", "U kunt een vergunning ten hoogste 3 maanden vooruit "
                    + "aanvragen: kies een datum tot en met " + venster.totTekst() + ".");
        }
    }
}
