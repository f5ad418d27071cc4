package nl.midoffice.simulator.zaken.auth;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.midoffice.simulator.zaken.zgw.FilterVolgorde;
import nl.midoffice.simulator.zaken.zgw.FoutSchrijver;

/** The Zaken and Notificaties APIs need a token; the catalogue stand-in is open (see README, deviations). */
@Configuration(proxyBeanMethods = false)
class AuthenticatieConfig {

    @Bean
    FilterRegistrationBean<ZgwAuthenticatieFilter> zgwAuthenticatieFilter(TokenControle tokens, FoutSchrijver fouten) {
        FilterRegistrationBean<ZgwAuthenticatieFilter> registratie =
                new FilterRegistrationBean<>(new ZgwAuthenticatieFilter(tokens, fouten));
        registratie.addUrlPatterns(FilterVolgorde.ZAKEN_API, FilterVolgorde.NOTIFICATIES_API);
        registratie.setOrder(FilterVolgorde.AUTHENTICATIE);
        return registratie;
    }
}
