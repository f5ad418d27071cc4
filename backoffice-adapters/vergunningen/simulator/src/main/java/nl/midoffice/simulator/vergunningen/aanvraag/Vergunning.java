package nl.midoffice.simulator.vergunningen.aanvraag;

import java.time.LocalDate;

/** A granted permit as the address register holds it; valid from geldigVanaf up to (not on) geldigTot. */
record Vergunning(String aanvraagId, String vergunningnummer, LocalDate geldigVanaf, LocalDate geldigTot) {

    /** Still valid on {@code vandaag} and overlapping the period [vanaf, tot). */
    boolean staatInDeWeg(LocalDate vanaf, LocalDate tot, LocalDate vandaag) {
        return geldigTot.isAfter(vandaag) && geldigTot.isAfter(vanaf) && geldigVanaf.isBefore(tot);
    }
}
