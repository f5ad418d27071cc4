package nl.midoffice.simulator.support.gedrag;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The failure modes of a simulator: the state, the control API {@code /simulator/gedrag} and the filter on
 * the protocol endpoints named in {@code simulator.gedrag.paden}. The simulator provides a
 * {@link StoringAntwoord} bean for the error answers in its own protocol.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(GedragProperties.class)
public class GedragAutoConfiguration {

    @Bean
    GedragService gedragService(GedragProperties properties) {
        return new GedragService(properties.standaardVertragingMs());
    }

    @Bean
    GedragController gedragController(GedragService gedrag) {
        return new GedragController(gedrag);
    }

    @Bean
    FilterRegistrationBean<GedragFilter> simulatorGedragFilter(GedragService gedrag, StoringAntwoord antwoord,
                                                               GedragProperties properties) {
        FilterRegistrationBean<GedragFilter> registratie = new FilterRegistrationBean<>(new GedragFilter(gedrag, antwoord));
        registratie.setUrlPatterns(properties.gedrag().paden());
        registratie.setOrder(properties.gedrag().volgorde());
        return registratie;
    }
}
