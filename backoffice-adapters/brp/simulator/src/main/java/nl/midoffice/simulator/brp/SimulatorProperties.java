package nl.midoffice.simulator.brp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything that can be tuned about the simulated BRP; the defaults run the demo.
 * The failure-mode settings ({@code simulator.standaard-vertraging-ms}, {@code simulator.gedrag.*}) are
 * simulator-support's {@link nl.midoffice.simulator.support.gedrag.GedragProperties}.
 *
 * @param personen              classpath or file location of the test persons (a JSON array of Persoon objects)
 * @param maxOntvangen          how many bevragingen the control API remembers (oldest are forgotten first)
 * @param tijdzone              zone in which leeftijd and timestamps are computed
 */
@ConfigurationProperties(prefix = "simulator")
public record SimulatorProperties(
        @DefaultValue("classpath:personen.json") String personen,
        @DefaultValue("1000") int maxOntvangen,
        @DefaultValue("Europe/Amsterdam") String tijdzone) {
}
