package nl.midoffice.adapter.brp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.midoffice.contracts.PersoonOpvragen;

/**
 * Writes the BRP question: a {@code RaadpleegMetBurgerservicenummer} with a {@code fields} selection of only what
 * the canonical {@link nl.midoffice.contracts.Persoon} holds (data minimisation: the BRP delivers nothing else).
 */
public class BrpBerichten {

    static final String RAADPLEEG = "RaadpleegMetBurgerservicenummer";

    /**
     * The fields asked for. Both spellings of the street are asked: {@code korteStraatnaam} is the only one a
     * non-BAG address has. A date is always delivered whole, so {@code geboorte.datum} is the smallest choice.
     */
    static final List<String> FIELDS = List.of(
            "naam.voornamen",
            "naam.voorvoegsel",
            "naam.geslachtsnaam",
            "geboorte.datum",
            "verblijfplaats.verblijfadres.officieleStraatnaam",
            "verblijfplaats.verblijfadres.korteStraatnaam",
            "verblijfplaats.verblijfadres.huisnummer",
            "verblijfplaats.verblijfadres.huisletter",
            "verblijfplaats.verblijfadres.huisnummertoevoeging",
            "verblijfplaats.verblijfadres.postcode",
            "verblijfplaats.verblijfadres.woonplaats",
            "gemeenteVanInschrijving.code");

    /** {@link #FIELDS} in the plain words the verwerkingenlogging records. */
    static final List<String> GEVRAAGDE_GEGEVENS = List.of("naam", "geboortedatum", "verblijfplaats",
            "gemeenteVanInschrijving");

    private final ObjectMapper json = new ObjectMapper();

    /** The request body of {@code POST /personen} for the person asked about. */
    public String raadpleeg(PersoonOpvragen vraag) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", RAADPLEEG);
        body.put("burgerservicenummer", List.of(vraag.bsn()));
        body.put("fields", FIELDS);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("BRP question could not be written", e);
        }
    }
}
