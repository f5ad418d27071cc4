package nl.midoffice.simulator.zaken.gedrag;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.midoffice.simulator.zaken.zgw.FilterVolgorde;
import nl.midoffice.simulator.zaken.zgw.FoutSchrijver;

@Configuration(proxyBeanMethods = false)
class GedragConfig {

    @Bean
    FilterRegistrationBean<GedragFilter> gedragFilter(GedragService gedrag, FoutSchrijver fouten) {
        FilterRegistrationBean<GedragFilter> registratie = new FilterRegistrationBean<>(new GedragFilter(gedrag, fouten));
        registratie.addUrlPatterns(FilterVolgorde.ZAKEN_API, FilterVolgorde.CATALOGI_API);
        registratie.setOrder(FilterVolgorde.GEDRAG);
        return registratie;
    }
}
