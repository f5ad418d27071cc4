package nl.midoffice.simulator.zaken;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web page has no login (a demo feature), but its status form changes state, so it keeps CSRF
 * protection. The ZGW APIs authenticate with ZGW JWTs in their own filter, and they and the control
 * API are machine-to-machine without a browser session, so CSRF does not apply there.
 */
@Configuration(proxyBeanMethods = false)
class BeveiligingConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(verzoeken -> verzoeken.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/zaken/api/**", "/catalogi/api/**", "/notificaties/api/**",
                        "/simulator/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; form-action 'self'; frame-ancestors 'none'")));
        return http.build();
    }
}
