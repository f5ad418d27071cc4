package nl.midoffice.portal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.midoffice.portal.login.Burger;

/** Gives every page, including error pages, the logged-in citizen for the header (null when anonymous). */
@ControllerAdvice
class HuidigeBurgerAdvice {

    @ModelAttribute("burger")
    Burger burger(@AuthenticationPrincipal Burger burger) {
        return burger;
    }
}
