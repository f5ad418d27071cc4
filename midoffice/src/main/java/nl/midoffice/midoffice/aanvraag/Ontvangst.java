package nl.midoffice.midoffice.aanvraag;

import java.util.UUID;

import nl.midoffice.contracts.AanvraagStatus;

/** The answer to an accepted aanvraag (202): it is stored durably and will be processed. */
public record Ontvangst(UUID id, String referentie, AanvraagStatus status) {
}
