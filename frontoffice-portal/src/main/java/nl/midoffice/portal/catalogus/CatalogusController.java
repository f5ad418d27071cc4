package nl.midoffice.portal.catalogus;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Home page with the product catalogue of the current municipality's counter, each municipality's front door,
 * and an honest placeholder for products that are not yet digital. Products that are digital have their own,
 * more specific, controller mapping.
 */
@Controller
class CatalogusController {

    private final LoketKeuze loketKeuze;

    CatalogusController(LoketKeuze loketKeuze) {
        this.loketKeuze = loketKeuze;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        return home(loketKeuze.huidig(request), model);
    }

    /** {@code /lindeveen}, {@code /bergdal}: the municipality's own counter, remembered for the rest of the visit. */
    @GetMapping("/{slug:" + Gemeente.SLUGS_PATROON + "}")
    String voordeur(@PathVariable String slug, HttpServletRequest request, Model model) {
        Gemeente gemeente = Gemeente.vanSlug(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        loketKeuze.kies(request, gemeente);
        return home(gemeente, model);
    }

    private static String home(Gemeente gemeente, Model model) {
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("producten", List.of(Product.values()));
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
