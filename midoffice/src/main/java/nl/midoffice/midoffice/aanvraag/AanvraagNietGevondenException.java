package nl.midoffice.midoffice.aanvraag;

import java.util.UUID;

/** No aanvraag with this id for this citizen. */
public class AanvraagNietGevondenException extends RuntimeException {
    public AanvraagNietGevondenException(UUID id) {
        super("Aanvraag " + id + " not found");
    }
}
