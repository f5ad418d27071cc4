package nl.midoffice.portal.verhuizing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code gegevens} of a verhuizing as the mid-office expects them (docs/architecture.md, OpenAPI
 * {@code Verhuizing}).
 */
record VerhuizingGegevens(NieuwAdres nieuwAdres, String verhuisdatum, List<String> meeverhuizers) {

    /** Huisletter and toevoeging are optional: absent, not null, when the citizen left them empty. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NieuwAdres(String postcode, int huisnummer, String huisletter, String huisnummertoevoeging) {
    }
}
