package nl.midoffice.midoffice.beheer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.api.ProblemSecurityHandlers;
import nl.midoffice.midoffice.ratelimit.InlogPogingen;
import nl.midoffice.midoffice.ratelimit.InlogRem;

/**
 * The administration API takes HTTP Basic (for scripts) from the administrator only (the metrics: {@link
 * MetriekenSecurityConfiguration}); the architect console ({@code /beheer}) takes the same administrator through a
 * form login with a session. Failed logins are rationed per account and per address in both, and on the metrics
 * ({@link InlogPogingen}).
 */
@Configuration(proxyBeanMethods = false)
class BeheerSecurityConfiguration {

    static final String ROL = "BEHEERDER";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService beheerders(MidofficeProperties properties, PasswordEncoder encoder) {
        var beheerder = properties.beheerder();
        return new InMemoryUserDetailsManager(User.withUsername(beheerder.gebruikersnaam())
                .password(encoder.encode(beheerder.wachtwoord())).roles(ROL).build());
    }

    @Bean
    @Order(1)
    SecurityFilterChain beheerApiSecurity(HttpSecurity http, ProblemSecurityHandlers problems, InlogPogingen pogingen)
            throws Exception {
        http.securityMatcher("/api/v1/beheer/**")
                .addFilterBefore(InlogRem.basic(pogingen, problems::teVeel), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(ROL))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // HTTP Basic from scripts, no cookies: no CSRF
                .csrf(c -> c.disable());
        return http.build();
    }

    /**
     * No inline scripts or styles anywhere in the console, so an injected string can never run; the console is
     * never framed (clickjacking of its one-click switches).
     */
    static final String CONSOLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The architect console: a browser session after a form login, so CSRF protection (the page carries the token
     * in a meta tag, its script sends it as a header). Its JSON calls ({@code /beheer/api/**}) answer 401/403
     * instead of redirecting to the login page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain beheerConsoleSecurity(HttpSecurity http, ProblemSecurityHandlers problems,
            InlogPogingen pogingen) throws Exception {
        var consoleApi = PathPatternRequestMatcher.withDefaults().matcher("/beheer/api/**");
        http.securityMatcher("/beheer", "/beheer/**")
                .addFilterBefore(InlogRem.formulier(pogingen, "/beheer/inloggen", "/beheer/inloggen?geblokkeerd"),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/beheer/inloggen", "/beheer/console.css").permitAll()
                        .anyRequest().hasRole(ROL))
                .formLogin(f -> f.loginPage("/beheer/inloggen")
                        .usernameParameter("gebruikersnaam").passwordParameter("wachtwoord")
                        .defaultSuccessUrl("/beheer", true)
                        .failureUrl("/beheer/inloggen?fout"))
                .logout(l -> l.logoutUrl("/beheer/uitloggen").logoutSuccessUrl("/beheer/inloggen?uitgelogd"))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), consoleApi)
                        .defaultAccessDeniedHandlerFor(problems, consoleApi))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONSOLE_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
