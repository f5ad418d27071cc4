package nl.midoffice.portal.login;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Simulated DigiD: choose a test person or type a BSN. Logging out is Spring Security's POST /uitloggen. */
@Controller
class LoginController {

    private final BurgerLogin burgerLogin;

    LoginController(BurgerLogin burgerLogin) {
        this.burgerLogin = burgerLogin;
    }

    @ModelAttribute
    void testPersonen(Model model) {
        model.addAttribute("testPersonen", TestPersonen.ALLE);
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
