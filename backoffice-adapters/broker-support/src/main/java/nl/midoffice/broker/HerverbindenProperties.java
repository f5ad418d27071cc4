package nl.midoffice.broker;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a JMS client of a broker over TCP reconnects after it lost the broker (a restart, a crash). These win over
 * the same options in {@code spring.artemis.broker-url}.
 *
 * @param attempts how often to try before giving up; -1: for ever (the broker is infrastructure, it comes back)
 * @param interval time between two tries, so processing resumes within about this long of the broker being back
 */
@ConfigurationProperties("midoffice.jms.reconnect")
public record HerverbindenProperties(@DefaultValue("-1") int attempts, @DefaultValue("500ms") Duration interval) {
}
