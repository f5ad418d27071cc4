package nl.midoffice.portal.verboden;

import nl.midoffice.midoffice.aanvraag.AanvraagOntvangen;

/** Violates the portal rule on purpose: the portal reading a mid-office type instead of its API's JSON. */
public class PortaalMetMidofficeCode {

    public String referentie(AanvraagOntvangen event) {
        return event.aanvraagId();
    }
}
