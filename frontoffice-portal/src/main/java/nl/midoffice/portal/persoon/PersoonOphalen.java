package nl.midoffice.portal.persoon;

import org.springframework.stereotype.Component;

import nl.midoffice.portal.catalogus.Gemeente;
import nl.midoffice.portal.catalogus.LoketKeuze;
import nl.midoffice.portal.midoffice.MidofficeClient;
import nl.midoffice.portal.midoffice.MidofficeNietBeschikbaarException;
import nl.midoffice.portal.midoffice.OngeldigeAanvraagException;

/**
 * Asks the mid-office what the municipality knows of the citizen, to greet them and to show their current address
 * on a form. It is a convenience: any failure becomes a note on the page, never an error page, and the form works
 * as before. Each call is a lookup of personal data that the mid-office logs (Verwerkingenlogging), so pages ask
 * only where the data helps the citizen.
 */
@Component
public class PersoonOphalen {

    private final MidofficeClient midoffice;

    PersoonOphalen(MidofficeClient midoffice) {
        this.midoffice = midoffice;
    }

    /** @param gemeenteCode the municipality of the form, or anything else for the counter's default */
    public PersoonOpgehaald voor(String bsn, String gemeenteCode) {
        Gemeente gemeente = Gemeente.vanCode(gemeenteCode).orElse(LoketKeuze.STANDAARD);
        try {
            return midoffice.persoonsgegevens(bsn, gemeente.getCode())
                    .map(gegevens -> new PersoonOpgehaald(PersoonOpgehaald.Uitkomst.GEVONDEN, gegevens, gemeente))
                    .orElseGet(() -> new PersoonOpgehaald(PersoonOpgehaald.Uitkomst.ONBEKEND, null, gemeente));
        } catch (MidofficeNietBeschikbaarException | OngeldigeAanvraagException e) {
            // the client has logged status and path (never the person); the page says it plainly
            return new PersoonOpgehaald(PersoonOpgehaald.Uitkomst.NIET_BESCHIKBAAR, null, gemeente);
        }
    }
}
