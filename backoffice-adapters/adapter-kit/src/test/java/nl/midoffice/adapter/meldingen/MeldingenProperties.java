package nl.midoffice.adapter.meldingen;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the meldingen adapter; the defaults run the demo against the simulator on port 8095.
 *
 * @param enabled             whether the adapter's routes run in this process
 * @param url                 the system's base URL
 * @param timeout             connect and response timeout of one call
 * @param concurrentConsumers at most this many consumers per queue (one while it is idle)
 */
@ConfigurationProperties(MeldingenProperties.PREFIX)
public record MeldingenProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8095") String url,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("4") int concurrentConsumers) {

    static final String PREFIX = "midoffice.adapters.meldingen";
}
