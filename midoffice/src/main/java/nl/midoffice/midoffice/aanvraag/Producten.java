package nl.midoffice.midoffice.aanvraag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The products this mid-office takes in, by id. */
@Component
public class Producten {

    private final Map<String, Product> perId;

    Producten(List<Product> producten) {
        this.perId = producten.stream().collect(Collectors.toUnmodifiableMap(Product::id, Function.identity()));
    }

    public Set<String> ids() {
        return perId.keySet();
    }

    public Product get(String id) {
        Product product = perId.get(id);
        if (product == null) {
            throw new IllegalArgumentException("Unknown product " + id);
        }
        return product;
    }
}
