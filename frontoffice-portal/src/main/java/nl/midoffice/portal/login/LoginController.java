package nl.midoffice.portal.login;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import nl.midoffice.portal.catalogus.LoketKeuze;

/**
 * Simulated DigiD: choose a test person (the current municipality's inhabitants first) or type a BSN.
 * Logging out is Spring Security's POST /uitloggen; a session ends by itself after the servlet session timeout,
 * which the page states, as DigiD does.
 */
@Controller
class LoginController {

    private final BurgerLogin burgerLogin;
    private final LoketKeuze loketKeuze;
    private final long sessieMinuten;

    LoginController(BurgerLogin burgerLogin, LoketKeuze loketKeuze,
            @Value("${server.servlet.session.timeout:30m}") Duration sessieduur) {
        this.burgerLogin = burgerLogin;
        this.loketKeuze = loketKeuze;
        this.sessieMinuten = Math.max(1, sessieduur.toMinutes());
    }

    @ModelAttribute
    void testPersonen(HttpServletRequest request, Model model) {
        model.addAttribute("groepen", TestPersonen.groepen(loketKeuze.huidig(request)));
        model.addAttribute("sessieMinuten", sessieMinuten);
    }

    @GetMapping("/inloggen")
    String formulier(@ModelAttribute LoginForm loginForm) {
        return "login/inloggen";
    }

    @PostMapping("/inloggen")
    String inloggen(@Valid @ModelAttribute LoginForm loginForm, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (errors.hasErrors()) {
            return "login/inloggen";
        }
        burgerLogin.logIn(TestPersonen.voorBsn(loginForm.getBsn()), request, response);
        return null; // the success handler has written the redirect
    }
}
