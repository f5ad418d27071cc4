package nl.midoffice.midoffice.beheer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import nl.midoffice.midoffice.api.ProblemSecurityHandlers;
import nl.midoffice.midoffice.ratelimit.InlogPogingen;
import nl.midoffice.midoffice.ratelimit.InlogRem;

/**
 * The metrics endpoint: the administrator (HTTP Basic), or a scraper with the bearer token of
 * {@code midoffice.metrieken.token} (what Prometheus sends with {@code authorization: credentials_file}). The token
 * opens the metrics and nothing else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetriekenProperties.class)
class MetriekenSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain metriekenSecurity(HttpSecurity http, MetriekenProperties properties,
            ProblemSecurityHandlers problems, InlogPogingen pogingen) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                // the administrator's password is tried here as in the administration API: rationed the same way
                .addFilterBefore(InlogRem.basic(pogingen, problems::teVeel), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(BeheerSecurityConfiguration.ROL,
                        MetriekenToken.ROL))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .oauth2ResourceServer(o -> o
                        .opaqueToken(t -> t.introspector(new MetriekenToken(properties)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a scraper's stateless GET, no cookies: no CSRF
                .csrf(c -> c.disable());
        return http.build();
    }
}
