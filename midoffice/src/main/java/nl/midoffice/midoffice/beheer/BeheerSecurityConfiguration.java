package nl.midoffice.midoffice.beheer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.api.ProblemSecurityHandlers;

/** The administration API and the metrics take HTTP Basic (for scripts and scrapers) from the administrator only. */
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
    SecurityFilterChain beheerApiSecurity(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.securityMatcher("/api/v1/beheer/**", "/actuator/prometheus")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(ROL))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // HTTP Basic from scripts, no cookies: no CSRF
                .csrf(c -> c.disable());
        return http.build();
    }
}
