package nl.midoffice.simulator.vergunningen.callback;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.midoffice.simulator.vergunningen.aanvraag.Aanvraag;
import nl.midoffice.simulator.vergunningen.aanvraag.Besluit;
import nl.midoffice.simulator.vergunningen.aanvraag.Uitkomst;

/**
 * The body POSTed to the caller's callbackUrl. {@code id} is the application's id and stays the same
 * on every attempt, so a receiver can recognise a repeat (delivery is at least once).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CallbackBericht(String id, String referentie, Uitkomst besluit, String reden, String vergunningnummer,
                       LocalDate geldigVanaf, LocalDate geldigTot, LocalDate besluitdatum) {

    static CallbackBericht van(Aanvraag aanvraag) {
        Besluit b = aanvraag.besluit();
        return new CallbackBericht(aanvraag.id(), aanvraag.gegevens().referentie(), b.uitkomst(), b.reden(),
                b.vergunningnummer(), b.geldigVanaf(), b.geldigTot(), b.besluitdatum());
    }
}
