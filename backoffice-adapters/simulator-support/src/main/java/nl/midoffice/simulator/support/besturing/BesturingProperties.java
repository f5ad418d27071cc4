package nl.midoffice.simulator.support.besturing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key of a simulator's control API ({@code /simulator/*}).
 *
 * @param sleutel what callers send in {@value BesturingSleutelFilter#HEADER}; empty only under the demo profile
 *                (the app refuses to start without it otherwise), which leaves the control API open on localhost
 */
@ConfigurationProperties("simulator.besturing")
public record BesturingProperties(String sleutel) {

    /** The property, for the simulators' {@code @Geheimen}. */
    public static final String SLEUTEL = "simulator.besturing.sleutel";

    @Override
    public String toString() {
        return "BesturingProperties[sleutel=" + (sleutel == null || sleutel.isBlank() ? "(none)" : "***") + "]";
    }
}
