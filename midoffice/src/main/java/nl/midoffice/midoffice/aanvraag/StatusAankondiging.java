package nl.midoffice.midoffice.aanvraag;

import java.time.Instant;

/**
 * Announces the first status of a just stored aanvraag. Implemented by the notifications (package {@code notificatie},
 * which knows aanvragen), so that the intake does not depend on them.
 */
public interface StatusAankondiging {

    /** Announces {@code ONTVANGEN}; must run inside the transaction that stores the aanvraag. */
    void eersteStatus(Aanvraag aanvraag, Instant tijdstip);
}
