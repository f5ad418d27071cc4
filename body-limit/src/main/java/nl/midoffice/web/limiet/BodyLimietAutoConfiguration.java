package nl.midoffice.web.limiet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * One body limit for every endpoint of an app, before all its other filters but one (a correlation id filter at the
 * highest precedence still stamps the refusal): Tomcat's form limit ({@code server.tomcat.max-http-form-post-size},
 * which each app sets), applied by {@link BodyLimietFilter} to every other body as well. Over the limit: 413
 * {@code application/problem+json}, before anything is read; worded by the app's {@link BodyLimietProbleem} bean if
 * it has one.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class BodyLimietAutoConfiguration {

    @Bean
    FilterRegistrationBean<BodyLimietFilter> bodyLimietFilter(
            @Value("${server.tomcat.max-http-form-post-size:64KB}") DataSize limiet,
            ObjectProvider<BodyLimietProbleem> probleem) {
        FilterRegistrationBean<BodyLimietFilter> registratie = new FilterRegistrationBean<>(
                new BodyLimietFilter(limiet, probleem.getIfAvailable(() -> BodyLimietProbleem.STANDAARD)));
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registratie;
    }
}
