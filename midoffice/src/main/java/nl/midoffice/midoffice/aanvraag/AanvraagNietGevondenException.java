package nl.midoffice.midoffice.aanvraag;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import nl.midoffice.midoffice.api.ApiProbleem;

/** No aanvraag with this id for this citizen. */
public class AanvraagNietGevondenException extends ApiProbleem {
    public AanvraagNietGevondenException(UUID id) {
        super("Aanvraag " + id + " not found", HttpStatus.NOT_FOUND, "Er is geen aanvraag met dit id die u mag inzien.",
                List.of());
    }
}
