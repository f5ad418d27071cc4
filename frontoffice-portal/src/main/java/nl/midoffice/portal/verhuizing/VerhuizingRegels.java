package nl.midoffice.portal.verhuizing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import nl.midoffice.portal.formulier.Datumvenster;
import nl.midoffice.portal.formulier.Indienen;
import nl.midoffice.portal.login.BsnInvoer;

/**
 * The rules of a verhuizing that a single annotation cannot express: the BRP's window for the date
 * (from 5 days back to 4 weeks ahead, Dutch calendar days, as the mid-office counts them) and the
 * co-movers (each a valid BSN, none twice). One rule is the portal's own: the citizen does not list
 * themselves, because they move anyway as the one who asks.
 */
@Component
class VerhuizingRegels {

    static final int DAGEN_TERUG = 5;
    static final int WEKEN_VOORUIT = 4;

    private final Clock clock;

    VerhuizingRegels(Clock clock) {
        this.clock = clock;
    }

    /** Today's window for the verhuisdatum; the form shows it as a hint. */
    Datumvenster venster() {
        LocalDate vandaag = Indienen.vandaag(clock);
        return new Datumvenster(vandaag.minusDays(DAGEN_TERUG), vandaag.plusWeeks(WEKEN_VOORUIT));
    }

    void controleer(VerhuizingForm form, String aanvragerBsn, Errors errors) {
        controleerDatum(form.getVerhuisdatum(), errors);
        controleerMeeverhuizers(form.getMeeverhuizers(), aanvragerBsn, errors);
    }

    private void controleerDatum(LocalDate datum, Errors errors) {
        if (datum == null || errors.hasFieldErrors("verhuisdatum")) {
            return;
        }
        Datumvenster venster = venster();
        if (venster.isTeVroeg(datum)) {
            errors.rejectValue("verhuisdatum", "venster", "Een verhuizing kunt u tot 5 dagen na de verhuisdatum online "
                    + "doorgeven: kies " + venster.vanafTekst() + " of later, of neem contact op met de gemeente.");
        } else if (venster.isTeLaat(datum)) {
            errors.rejectValue("verhuisdatum", "venster", "Een verhuizing kunt u ten hoogste 4 weken vooraf doorgeven: "
                    + "kies een datum tot en met " + venster.totTekst() + ".");
        }
    }

    private static void controleerMeeverhuizers(List<String> meeverhuizers, String aanvragerBsn, Errors errors) {
        if (meeverhuizers.size() > VerhuizingForm.MEEVERHUIZER_VELDEN) {
            // only a hand-made request gets here: the form has no more fields than this
            errors.rejectValue("meeverhuizers", "aantal",
                    "Vul ten hoogste " + VerhuizingForm.MEEVERHUIZER_VELDEN + " meeverhuizers in.");
            return;
        }
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < meeverhuizers.size(); i++) {
            String invoer = meeverhuizers.get(i);
            if (invoer == null || invoer.isBlank()) {
                continue;
            }
            String bsn = invoer.strip();
            String veld = "meeverhuizers[" + i + "]";
            // messages never repeat the number: it is personal data
            BsnInvoer.fout(bsn).ifPresentOrElse(reden -> errors.rejectValue(veld, "bsn", reden), () -> {
                if (bsn.equals(aanvragerBsn)) {
                    errors.rejectValue(veld, "zelf", "U verhuist zelf al als aanvrager; vul hier alleen anderen in.");
                } else if (!gezien.add(bsn)) {
                    errors.rejectValue(veld, "dubbel", "Deze persoon staat al in de lijst.");
                }
            });
        }
    }
}
