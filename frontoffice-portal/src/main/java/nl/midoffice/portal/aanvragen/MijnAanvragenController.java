package nl.midoffice.portal.aanvragen;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.midoffice.portal.login.Burger;
import nl.midoffice.portal.midoffice.AanvraagNietGevondenException;
import nl.midoffice.portal.midoffice.MidofficeClient;

/** The citizen's own aanvragen; the mid-office decides which are theirs, from the token. */
@Controller
@RequestMapping("/mijn-aanvragen")
class MijnAanvragenController {

    private final MidofficeClient midoffice;

    MijnAanvragenController(MidofficeClient midoffice) {
        this.midoffice = midoffice;
    }

    @GetMapping
    String overzicht(@AuthenticationPrincipal Burger burger, Model model) {
        model.addAttribute("aanvragen", midoffice.aanvragenVan(burger.bsn()));
        return "aanvragen/overzicht";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, @RequestParam(defaultValue = "false") boolean bevestiging,
            @AuthenticationPrincipal Burger burger, Model model) {
        model.addAttribute("aanvraag", midoffice.aanvraag(burger.bsn(), alsUuid(id)));
        model.addAttribute("bevestiging", bevestiging);
        return "aanvragen/detail";
    }

    // Ids are UUIDs; anything else cannot exist, so answer 404 without bothering the mid-office.
    private static UUID alsUuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new AanvraagNietGevondenException();
        }
    }
}
