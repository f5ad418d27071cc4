package nl.midoffice.midoffice.aanvraag;

import tools.jackson.databind.JsonNode;

/** A product at the counter: how its {@code gegevens} are validated and how its zaak is described. */
public interface Product {

    String id();

    /** Validates {@code gegevens} (path prefix {@code gegevens}) and records every problem. */
    void valideer(JsonNode gegevens, Validatie validatie);

    /** A short description of the zaak for the back office (StUF: at most 80 characters). */
    String zaakomschrijving(JsonNode gegevens);

    /** The citizen's own words for the back office, if the product has them. */
    String toelichting(JsonNode gegevens);
}
