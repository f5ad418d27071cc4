package nl.midoffice.simulator.vergunningen;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The page has no login (a demo feature) but its forms change state, so they keep CSRF protection.
 * The permit API ({@code /api/**}, guarded by its API key in {@code api.ApiSleutelFilter}) and the
 * control API are machine-to-machine and carry no browser session, so CSRF does not apply there.
 */
@Configuration(proxyBeanMethods = false)
class BeveiligingConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(verzoeken -> verzoeken.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/simulator/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; form-action 'self'; frame-ancestors 'none'")));
        return http.build();
    }
}
