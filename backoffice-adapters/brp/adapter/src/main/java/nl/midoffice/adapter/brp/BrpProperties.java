package nl.midoffice.adapter.brp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the BRP adapter; the defaults run the demo against the simulator on port 8092.
 *
 * @param enabled             whether the adapter's route runs in this process
 * @param url                 base URL of the BRP (or of the gateway in front of it)
 * @param personenPad         path of the Haal Centraal {@code /personen} endpoint below {@code url}
 * @param apiKey              sent as {@code X-API-KEY} when set, as the real API's gateway requires; never commit one
 * @param timeout             connect and response timeout of one call
 * @param concurrentConsumers at most this many consumers of the question queue (one while it is idle)
 */
@ConfigurationProperties(BrpProperties.PREFIX)
public record BrpProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8092") String url,
        @DefaultValue("/haalcentraal/api/brp/personen") String personenPad,
        String apiKey,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("4") int concurrentConsumers) {

    /** Where the settings live, also for the routes' {@code {{placeholders}}}. */
    public static final String PREFIX = "midoffice.adapters.brp";
}
