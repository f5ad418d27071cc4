package nl.midoffice.simulator.legacysuite.zds;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.midoffice.simulator.legacysuite.gedrag.GedragService;

/** Limits the failure modes to /zds/**: the control API and the werkbak must stay reachable. */
@Configuration(proxyBeanMethods = false)
class ZdsConfig {

    @Bean
    FilterRegistrationBean<ZdsGedragFilter> zdsGedragFilter(GedragService gedrag, StufBerichten berichten) {
        FilterRegistrationBean<ZdsGedragFilter> registratie =
                new FilterRegistrationBean<>(new ZdsGedragFilter(gedrag, berichten));
        registratie.addUrlPatterns("/zds/*");
        return registratie;
    }
}
