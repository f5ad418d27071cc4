package nl.midoffice.adapter.vergunningen;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the vergunningen adapter; the defaults run the demo against the simulator on port 8094 with the
 * mid-office on port 8081. The two credentials have no default: the host sets them (the mid-office's demo profile
 * gives the published demo values); never commit real ones.
 *
 * @param enabled             whether the adapter's routes (the command queue and the callback) run in this process
 * @param url                 base URL of the vergunningen service
 * @param apiSleutel          what the service expects in {@code X-Api-Key}
 * @param callbackUrl         where the service delivers its decision: this process's callback endpoint, as the
 *                            service can reach it
 * @param callbackGeheim      the key of the per-aanvraag callback tokens ({@link CallbackToken}); it never leaves
 *                            this process
 * @param timeout             connect and response timeout of one call to the service
 * @param concurrentConsumers at most this many consumers of the command queue (one while it is idle)
 */
@ConfigurationProperties(VergunningenProperties.PREFIX)
public record VergunningenProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8094") String url,
        String apiSleutel,
        @DefaultValue("http://localhost:8081" + BesluitOntvangenRoute.PAD) String callbackUrl,
        String callbackGeheim,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("4") int concurrentConsumers) {

    /** Where the settings live, also for the routes' {@code {{placeholders}}}. */
    public static final String PREFIX = "midoffice.adapters.vergunningen";

    public VergunningenProperties {
        if (apiSleutel == null || apiSleutel.isBlank() || callbackGeheim == null || callbackGeheim.isBlank()) {
            throw new IllegalArgumentException(
                    "midoffice.adapters.vergunningen.api-sleutel and .callback-geheim must be set");
        }
    }

    /** Never prints the credentials. */
    @Override
    public String toString() {
        return "VergunningenProperties[enabled=" + enabled + ", url=" + url + ", callbackUrl=" + callbackUrl
                + ", timeout=" + timeout + ", concurrentConsumers=" + concurrentConsumers + "]";
    }
}
