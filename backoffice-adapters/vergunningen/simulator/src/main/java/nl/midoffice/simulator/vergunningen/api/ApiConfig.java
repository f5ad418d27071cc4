package nl.midoffice.simulator.vergunningen.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.simulator.vergunningen.SimulatorProperties;

/**
 * The filters of /api/**: the API-Version header first, then the failure mode (simulator-support's filter,
 * order 10 in application.properties: a service that is down cannot check keys either), then the API key.
 * The control API, the page and health are outside all three.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfig {

    @Bean
    FilterRegistrationBean<ApiVersieFilter> apiVersieFilter() {
        FilterRegistrationBean<ApiVersieFilter> registratie = new FilterRegistrationBean<>(new ApiVersieFilter());
        registratie.addUrlPatterns("/api/*");
        registratie.setOrder(5);
        return registratie;
    }

    @Bean
    FilterRegistrationBean<ApiSleutelFilter> apiSleutelFilter(SimulatorProperties properties, JsonMapper json) {
        FilterRegistrationBean<ApiSleutelFilter> registratie =
                new FilterRegistrationBean<>(new ApiSleutelFilter(properties.apiSleutel(), json));
        registratie.addUrlPatterns("/api/*");
        registratie.setOrder(20);
        return registratie;
    }
}
