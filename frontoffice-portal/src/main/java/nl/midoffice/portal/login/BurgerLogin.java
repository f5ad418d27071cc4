package nl.midoffice.portal.login;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Does by hand what a Spring Security login filter would do, because the simulated DigiD is a
 * plain MVC form: new session id (fixation protection) and a fresh CSRF token, the context stored
 * in the session, then back to the page the citizen originally asked for.
 */
@Component
class BurgerLogin {

    static final String ROL_BURGER = "ROLE_BURGER";

    private final SessionAuthenticationStrategy sessionStrategy;
    private final SecurityContextRepository contextRepository;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SavedRequestAwareAuthenticationSuccessHandler successHandler =
            new SavedRequestAwareAuthenticationSuccessHandler();

    BurgerLogin(SessionAuthenticationStrategy sessionStrategy, SecurityContextRepository contextRepository) {
        this.sessionStrategy = sessionStrategy;
        this.contextRepository = contextRepository;
        this.successHandler.setDefaultTargetUrl("/mijn-aanvragen");
    }

    void logIn(Burger burger, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(
                burger, null, List.of(new SimpleGrantedAuthority(ROL_BURGER)));
        sessionStrategy.onAuthentication(authentication, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contextRepository.saveContext(context, request, response);
        successHandler.onAuthenticationSuccess(request, response, authentication);
    }
}
