package nl.midoffice.midoffice.aanvraag;

import tools.jackson.databind.JsonNode;

/** A product at the counter: how its {@code gegevens} are validated and how its zaak is described. */
public interface Product {

    String id();

    /** Validates {@code gegevens} (path prefix {@code gegevens}) and records every problem. */
    void valideer(JsonNode gegevens, Validatie validatie);

    /** Validates with knowledge of who asks; by default the same as {@link #valideer(JsonNode, Validatie)}. */
    default void valideer(JsonNode gegevens, String aanvragerBsn, Validatie validatie) {
        valideer(gegevens, validatie);
    }

    /** The gegevens as they are stored and sent on, in one spelling (e.g. a licence plate without dashes). */
    default JsonNode genormaliseerd(JsonNode gegevens) {
        return gegevens;
    }

    /** A short description of the zaak for the back office (StUF: at most 80 characters). */
    String zaakomschrijving(JsonNode gegevens);

    /** The citizen's own words for the back office, if the product has them. */
    String toelichting(JsonNode gegevens);
}
