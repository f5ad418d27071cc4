package nl.midoffice.simulator.vergunningen;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything that can be tuned about the simulated permit service; the defaults run the demo.
 * The failure-mode settings ({@code simulator.standaard-vertraging-ms}, {@code simulator.gedrag.*}) are
 * simulator-support's {@link nl.midoffice.simulator.support.gedrag.GedragProperties}.
 *
 * @param beslistermijn          time between receiving an application and deciding it
 * @param apiSleutel             the key callers must send in {@code X-Api-Key} (the demo profile: a published one)
 * @param onbekendeKentekens     plates the simulated RDW check does not know (normalised, without dashes)
 * @param vergunningnummerPrefix prefix of permit numbers handed out
 * @param tijdzone               zone of dates (ingangsdatum, besluitdatum) and of the page
 * @param callback               how decisions are delivered
 */
@ConfigurationProperties(prefix = "simulator")
public record SimulatorProperties(
        @DefaultValue("5s") Duration beslistermijn,
        String apiSleutel,
        @DefaultValue({"ZZ999Z", "99ZZZ9", "XX99XX"}) List<String> onbekendeKentekens,
        @DefaultValue("PV") String vergunningnummerPrefix,
        @DefaultValue("Europe/Amsterdam") String tijdzone,
        @DefaultValue Callback callback) {

    /**
     * @param maxPogingen     attempts per delivery before it is given up (MISLUKT)
     * @param eersteWachttijd wait after the first failed attempt; doubles after each next failure
     * @param maxWachttijd    the wait never grows beyond this
     * @param timeout         connect and response timeout of one attempt
     */
    public record Callback(
            @DefaultValue("10") int maxPogingen,
            @DefaultValue("1s") Duration eersteWachttijd,
            @DefaultValue("60s") Duration maxWachttijd,
            @DefaultValue("5s") Duration timeout) {
    }
}
