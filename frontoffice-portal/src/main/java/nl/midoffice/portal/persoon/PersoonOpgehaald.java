package nl.midoffice.portal.persoon;

import nl.midoffice.portal.catalogus.Gemeente;
import nl.midoffice.portal.midoffice.Persoonsgegevens;

/**
 * What the portal could learn about the citizen for one page: the data, or why there is none. A page shows the
 * data when there is some, and otherwise a short note; it never fails because of it.
 *
 * @param gemeente the municipality asked, whose data the page shows
 */
public record PersoonOpgehaald(Uitkomst uitkomst, Persoonsgegevens gegevens, Gemeente gemeente) {

    public enum Uitkomst {
        GEVONDEN,
        /** The municipality does not know this person (404). */
        ONBEKEND,
        /** The mid-office or the back office behind it did not answer (in time). */
        NIET_BESCHIKBAAR
    }

    public boolean isGevonden() {
        return uitkomst == Uitkomst.GEVONDEN;
    }

    public boolean isOnbekend() {
        return uitkomst == Uitkomst.ONBEKEND;
    }

    public boolean isNietBeschikbaar() {
        return uitkomst == Uitkomst.NIET_BESCHIKBAAR;
    }

    /** Found, but registered in another municipality than the one asked: worth a word on a resident's form. */
    public boolean isIngeschrevenElders() {
        return isGevonden() && gegevens.gemeenteVanInschrijving() != null
                && !gegevens.gemeenteVanInschrijving().equals(gemeente.getCode());
    }

    /** The name of the municipality where the person is registered, or its code when it is not one of ours. */
    public String getGemeenteVanInschrijvingNaam() {
        String code = isGevonden() ? gegevens.gemeenteVanInschrijving() : null;
        return code == null ? null : Gemeente.vanCode(code).map(Gemeente::getNaam).orElse("een andere gemeente");
    }

    @Override
    public String toString() {
        return "PersoonOpgehaald[" + uitkomst + ", " + gemeente + "]";
    }
}
