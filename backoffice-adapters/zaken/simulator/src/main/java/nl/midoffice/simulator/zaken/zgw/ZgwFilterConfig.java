package nl.midoffice.simulator.zaken.zgw;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ZgwFilterConfig {

    @Bean
    FilterRegistrationBean<ApiKopFilter> apiKopFilter() {
        FilterRegistrationBean<ApiKopFilter> registratie = new FilterRegistrationBean<>(new ApiKopFilter());
        registratie.addUrlPatterns(FilterVolgorde.ZAKEN_API, FilterVolgorde.CATALOGI_API,
                FilterVolgorde.NOTIFICATIES_API);
        registratie.setOrder(FilterVolgorde.API_KOP);
        return registratie;
    }
}
