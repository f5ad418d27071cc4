package nl.midoffice.midoffice.aanvraag;

import java.util.List;

import nl.midoffice.midoffice.api.InvalidParam;

import tools.jackson.databind.json.JsonMapper;

/** Runs a product's validation on JSON text and returns the names of the invalid fields. */
final class ProductValidatie {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProductValidatie() {
    }

    static List<String> ongeldigeVelden(Product product, String gegevens) {
        Validatie v = new Validatie();
        product.valideer(JSON.readTree(gegevens), v);
        try {
            v.controleer();
            return List.of();
        } catch (OngeldigeAanvraagException e) {
            return e.invalidParams().stream().map(InvalidParam::name).toList();
        }
    }
}
