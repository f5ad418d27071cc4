package nl.midoffice.portal.catalogus;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Home page with the product catalogue, and an honest placeholder for products that are not yet
 * digital. Products that are digital have their own, more specific, controller mapping.
 */
@Controller
class CatalogusController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("producten", List.of(Product.values()));
        model.addAttribute("gemeenten", List.of(Gemeente.values()));
        return "catalogus/home";
    }

    @GetMapping("/producten/{productId}")
    String product(@PathVariable String productId, Model model) {
        Product product = Product.vanId(productId)
                .filter(p -> !p.isDigitaalBeschikbaar())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        model.addAttribute("product", product);
        return "catalogus/binnenkort";
    }
}
