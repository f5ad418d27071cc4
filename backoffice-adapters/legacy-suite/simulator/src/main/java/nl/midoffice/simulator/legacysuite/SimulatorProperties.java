package nl.midoffice.simulator.legacysuite;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything that can be tuned about the simulated legacy suite; the defaults run the demo.
 * The failure-mode settings ({@code simulator.standaard-vertraging-ms}, {@code simulator.gedrag.*}) are
 * simulator-support's {@link nl.midoffice.simulator.support.gedrag.GedragProperties}.
 *
 * @param organisatie           organisation code used as sender when a message names none
 * @param applicatie            application name this suite uses as StUF sender
 * @param identificatiePrefix   prefix of identifications handed out by genereerZaakIdentificatie
 * @param tijdzone              zone of StUF timestamps and of the werkbak
 * @param persoonsgegevens      the suite's own copy of person data (JSON), as a Spring resource location
 * @param maxBevragingen        how many person lookups {@code GET /simulator/bevragingen} keeps
 */
@ConfigurationProperties(prefix = "simulator")
public record SimulatorProperties(
        @DefaultValue("9001") String organisatie,
        @DefaultValue("LEGACYSUITE") String applicatie,
        @DefaultValue("LS") String identificatiePrefix,
        @DefaultValue("Europe/Amsterdam") String tijdzone,
        @DefaultValue("classpath:persoonsgegevens.json") String persoonsgegevens,
        @DefaultValue("500") int maxBevragingen) {
}
