package nl.midoffice.midoffice.aanvraag;

import java.util.List;
import java.util.Optional;

import nl.midoffice.contracts.Capability;
import tools.jackson.databind.JsonNode;

/** A product at the counter: how its {@code gegevens} are validated and how its zaak is described. */
public interface Product {

    String id();

    /** The capabilities the product asks, in order (docs/architecture.md); each is a step of the orchestration. */
    default List<Capability> stappen() {
        return List.of(Capability.ZAAKREGISTRATIE);
    }

    /** The step after {@code stap}, if any. */
    default Optional<Capability> stapNa(Capability stap) {
        int i = stappen().indexOf(stap);
        return i >= 0 && i + 1 < stappen().size() ? Optional.of(stappen().get(i + 1)) : Optional.empty();
    }

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
