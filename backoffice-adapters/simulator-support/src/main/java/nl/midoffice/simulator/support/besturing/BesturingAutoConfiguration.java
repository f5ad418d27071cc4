package nl.midoffice.simulator.support.besturing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Guards every simulator's control API ({@code /simulator/*}) with {@code simulator.besturing.sleutel}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(BesturingProperties.class)
public class BesturingAutoConfiguration {

    @Bean
    FilterRegistrationBean<BesturingSleutelFilter> simulatorBesturingSleutelFilter(BesturingProperties properties) {
        var registratie = new FilterRegistrationBean<>(new BesturingSleutelFilter(properties.sleutel()));
        registratie.addUrlPatterns("/simulator/*");
        // before anything else reads the request
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }
}
