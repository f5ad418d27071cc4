package nl.midoffice.adapter.verboden;

import nl.midoffice.midoffice.aanvraag.AanvraagOntvangen;

/** Violates the adapter rule on purpose: an adapter that reads the mid-office's own event type. */
public class AdapterMetMidofficeCode {

    public String gemeente(AanvraagOntvangen event) {
        return event.gemeente();
    }
}
