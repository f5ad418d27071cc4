package nl.midoffice.simulator.vergunningen.api;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.midoffice.simulator.vergunningen.aanvraag.Aanvraag;
import nl.midoffice.simulator.vergunningen.aanvraag.AanvraagStatus;
import nl.midoffice.simulator.vergunningen.aanvraag.AfleverStatus;
import nl.midoffice.simulator.vergunningen.aanvraag.Aflevering;
import nl.midoffice.simulator.vergunningen.aanvraag.Besluit;
import nl.midoffice.simulator.vergunningen.aanvraag.Uitkomst;

/**
 * GET /api/v1/aanvragen/{id}. Holds no BSN and no address: the caller knows them, and what is not
 * sent cannot leak. {@code besluit} appears once the application is decided.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AanvraagAntwoord(String id, String referentie, String gemeente, String kenteken, LocalDate ingangsdatum,
                        Instant ontvangenOp, AanvraagStatus status, BesluitAntwoord besluit, CallbackAntwoord callback) {

    static AanvraagAntwoord van(Aanvraag a) {
        return new AanvraagAntwoord(a.id(), a.gegevens().referentie(), a.gegevens().gemeente(),
                a.gegevens().kenteken().waarde(), a.gegevens().ingangsdatum(), a.ontvangenOp(), a.status(),
                a.besluit() == null ? null : BesluitAntwoord.van(a.besluit()), CallbackAntwoord.van(a.aflevering()));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BesluitAntwoord(Uitkomst uitkomst, String reden, String vergunningnummer, LocalDate geldigVanaf,
                           LocalDate geldigTot, LocalDate besluitdatum, boolean handmatig) {

        static BesluitAntwoord van(Besluit b) {
            return new BesluitAntwoord(b.uitkomst(), b.reden(), b.vergunningnummer(), b.geldigVanaf(), b.geldigTot(),
                    b.besluitdatum(), b.handmatig());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CallbackAntwoord(AfleverStatus status, int pogingen, String laatsteFout, Instant volgendePogingOp,
                            Instant afgeleverdOp) {

        static CallbackAntwoord van(Aflevering a) {
            return new CallbackAntwoord(a.status(), a.pogingen(), a.laatsteFout(), a.volgendePogingOp(),
                    a.afgeleverdOp());
        }
    }
}
