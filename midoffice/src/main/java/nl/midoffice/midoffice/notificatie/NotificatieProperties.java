package nl.midoffice.midoffice.notificatie;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Status notifications: the CloudEvents the mid-office publishes and the live streams for front offices.
 *
 * @param oin                  the organisation's OIN (Organisatie-identificatienummer, 20 digits), part of the
 *                             CloudEvent {@code source}; the default is a made-up demo number
 * @param hartslag             how often an open stream gets a comment line, so proxies keep it open and a
 *                             vanished client is noticed
 * @param streamDuur           after this a stream ends; the client's {@code EventSource} reconnects by itself
 * @param maxStromenPerBurger  open streams per citizen (browser tabs); opening one more closes the oldest
 */
@ConfigurationProperties("midoffice.notificaties")
public record NotificatieProperties(
        @DefaultValue(NotificatieProperties.DEMO_OIN) String oin,
        @DefaultValue("20s") Duration hartslag,
        @DefaultValue("30m") Duration streamDuur,
        @DefaultValue("5") int maxStromenPerBurger) {

    /** Not a real OIN: 20 digits in the format of Logius' OIN register, for the demo only. */
    public static final String DEMO_OIN = "00000001234567890000";

    public NotificatieProperties {
        if (oin == null || !oin.matches("\\d{20}")) {
            throw new IllegalArgumentException("midoffice.notificaties.oin must be an OIN of 20 digits");
        }
        if (maxStromenPerBurger < 1) {
            throw new IllegalArgumentException("midoffice.notificaties.max-stromen-per-burger must be at least 1");
        }
    }
}
