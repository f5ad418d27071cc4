package nl.midoffice.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Checks an application's {@link Geheimen} once its configuration is read and before anything starts: outside the
 * demo profile a missing required secret, or any published demo value, stops the start with a message naming the
 * property and the environment variable to set ({@link OnveiligeConfiguratieAnalyzer}). Under the demo profile it
 * only warns that the published secrets are active. Apps without {@code @Geheimen} are not checked.
 */
public class GeheimenControle implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    public GeheimenControle(DeferredLogFactory logs) {
        this.log = logs.getLog(GeheimenControle.class);
    }

    /** After the configuration files and profiles are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<Geheim> geheimen = application.getAllSources().stream()
                .map(bron -> bron instanceof Class<?> type
                        ? AnnotatedElementUtils.findMergedAnnotation(type, Geheimen.class) : null)
                .filter(Objects::nonNull).flatMap(g -> List.of(g.value()).stream()).toList();
        if (geheimen.isEmpty()) {
            return;
        }
        if (environment.acceptsProfiles(Profiles.of(DemoProfiel.NAAM))) {
            log.warn("Profile '" + DemoProfiel.NAAM + "' is active: the published demo secrets work. "
                    + "Never run this profile where anyone but you can reach it.");
            return;
        }
        List<OnveiligeConfiguratie.Bevinding> bevindingen = new ArrayList<>();
        for (Geheim geheim : geheimen) {
            if (!geheim.alleenAls().isEmpty()
                    && !environment.getProperty(geheim.alleenAls(), Boolean.class, true)) {
                continue;
            }
            String waarde = environment.getProperty(geheim.value());
            if (waarde == null || waarde.isBlank()) {
                if (geheim.verplicht()) {
                    bevindingen.add(new OnveiligeConfiguratie.Bevinding(geheim.value(), omgeving(geheim), false));
                }
            } else if (DemoProfiel.isGepubliceerd(waarde)) {
                bevindingen.add(new OnveiligeConfiguratie.Bevinding(geheim.value(), omgeving(geheim), true));
            }
        }
        if (!bevindingen.isEmpty()) {
            throw new OnveiligeConfiguratie(bevindingen);
        }
    }

    /** The variable Spring Boot's relaxed binding reads for a property, unless the app names its own. */
    static String omgeving(Geheim geheim) {
        if (!geheim.omgeving().isEmpty()) {
            return geheim.omgeving();
        }
        return geheim.value().replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
