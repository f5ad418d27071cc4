package nl.midoffice.midoffice.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.api.ProblemSecurityHandlers;

/** The API takes ZGW-style bearer tokens; health and the OpenAPI document are public. */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String FRONTOFFICE = "ROLE_FRONTOFFICE";

    @Bean
    JwtDecoder zgwJwtDecoder(MidofficeProperties properties) {
        return new ZgwJwtDecoder(properties);
    }

    /**
     * Back offices call back (the permit decision, ZGW notifications) with their own credentials, which the
     * adapter that owns the callback checks: no bearer token of an API client here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain callbackSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/callbacks/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // server-to-server calls without cookies: no CSRF
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, MidofficeProperties properties,
            ProblemSecurityHandlers problems) throws Exception {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName("client_id");
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            var client = properties.clients().get(ZgwJwtDecoder.clientId(jwt));
            return client != null && client.frontoffice() ? List.of(new SimpleGrantedAuthority(FRONTOFFICE))
                    : List.of();
        });
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi.json", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless bearer-token API: no cookies, so no CSRF
                .csrf(c -> c.disable());
        return http.build();
    }
}
