package nl.midoffice.adapter.legacysuite;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the legacy-suite adapter; the defaults run the demo against the simulator on port 8091.
 *
 * @param enabled             whether the adapter's routes run in this process
 * @param url                 base URL of the legacy suite's ZDS endpoints
 * @param applicatie          how the mid-office names itself in StUF stuurgegevens
 * @param ontvangerApplicatie how the legacy suite is named in StUF stuurgegevens
 * @param timeout             connect and response timeout of one SOAP call
 * @param concurrentConsumers at most this many consumers per queue (one while it is idle)
 */
@ConfigurationProperties(LegacySuiteProperties.PREFIX)
public record LegacySuiteProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8091") String url,
        @DefaultValue("MIDOFFICE") String applicatie,
        @DefaultValue("LEGACYSUITE") String ontvangerApplicatie,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("4") int concurrentConsumers) {

    /** Where the settings live, also for the routes' {@code {{placeholders}}}. */
    public static final String PREFIX = "midoffice.adapters.legacy-suite";
}
