package nl.midoffice.simulator.vergunningen.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.simulator.vergunningen.SimulatorProperties;
import nl.midoffice.simulator.vergunningen.gedrag.GedragService;

/**
 * The filters of /api/**: failure mode first (a service that is down cannot check keys either),
 * then the API key. The control API, the page and health are outside both.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfig {

    @Bean
    FilterRegistrationBean<ApiGedragFilter> apiGedragFilter(GedragService gedrag, JsonMapper json) {
        FilterRegistrationBean<ApiGedragFilter> registratie = new FilterRegistrationBean<>(new ApiGedragFilter(gedrag, json));
        registratie.addUrlPatterns("/api/*");
        registratie.setOrder(10);
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
