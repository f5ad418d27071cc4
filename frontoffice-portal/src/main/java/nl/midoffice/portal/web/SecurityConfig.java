package nl.midoffice.portal.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import nl.midoffice.portal.catalogus.Gemeente;
import nl.midoffice.portal.catalogus.LoketKeuze;
import nl.midoffice.portal.catalogus.Product;

/**
 * Who may see what, and the browser-side protections. The CSP allows nothing inline, which is
 * why the templates carry no inline scripts, event handlers or style attributes (scripts are files
 * under {@code /js/}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** The session cookie's name (application.properties): not JSESSIONID, which the other demo apps use too. */
    static final String SESSIECOOKIE = "PORTAALSESSIE";


    private static final String LIVE_STATUS = "/mijn-aanvragen/gebeurtenissen";

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** Where the municipality of the counter is kept while logging out ends the session that held it. */
    private static final String LOKET_NA_UITLOGGEN = SecurityConfig.class.getName() + ".loket";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, CsrfTokenRepository csrfTokens,
            SecurityContextRepository contextRepository, LoketKeuze loketKeuze) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                // ASYNC: the end of a live stream whose request was authorized when it started
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/css/**", "/js/**", "/img/**", "/favicon.ico", "/error").permitAll()
                .requestMatchers("/", "/inloggen").permitAll()
                .requestMatchers(voordeuren()).permitAll()
                .requestMatchers(digitaleProducten()).authenticated()
                // what is left: the public placeholder of a product not yet digital, or a 404
                .requestMatchers("/producten/*").permitAll()
                .anyRequest().authenticated())
            .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
            .securityContext(context -> context.securityContextRepository(contextRepository))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(inloggenOf401()))
            .logout(logout -> logout.logoutUrl("/uitloggen")
                // back to the front door of the municipality the citizen was at, which the session no longer knows
                .addLogoutHandler((request, response, authentication) ->
                        request.setAttribute(LOKET_NA_UITLOGGEN, loketKeuze.huidig(request)))
                .logoutSuccessHandler((request, response, authentication) -> {
                    Gemeente loket = (Gemeente) request.getAttribute(LOKET_NA_UITLOGGEN);
                    response.sendRedirect(request.getContextPath() + "/"
                            + (loket == null ? LoketKeuze.STANDAARD : loket).getSlug() + "?uitgelogd");
                })
                .deleteCookies(SESSIECOOKIE))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Each municipality's front door ({@code /lindeveen}, {@code /bergdal}) is public, like the home page. */
    static String[] voordeuren() {
        return Arrays.stream(Gemeente.values()).map(gemeente -> "/" + gemeente.getSlug()).toArray(String[]::new);
    }

    /** A digital product's form and its later steps act for a citizen, so they need a login. */
    static String[] digitaleProducten() {
        return Arrays.stream(Product.values())
                .filter(Product::isDigitaalBeschikbaar)
                .map(product -> "/producten/" + product.getId() + "/**")
                .toArray(String[]::new);
    }

    /**
     * Pages send an anonymous visitor to the login; the live stream answers 401 instead, because an
     * {@code EventSource} cannot follow a login page and should simply stop.
     */
    private static AuthenticationEntryPoint inloggenOf401() {
        AuthenticationEntryPoint inloggen = new LoginUrlAuthenticationEntryPoint("/inloggen");
        return (request, response, e) -> {
            if ((request.getContextPath() + LIVE_STATUS).equals(request.getRequestURI())) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                inloggen.commence(request, response, e);
            }
        };
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** Used by the simulated DigiD login, which is a controller rather than a security filter. */
    @Bean
    SessionAuthenticationStrategy sessionAuthenticationStrategy(CsrfTokenRepository csrfTokens) {
        return new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(),
                new CsrfAuthenticationStrategy(csrfTokens)));
    }
}
