package nl.midoffice.broker;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a JMS client of a broker over TCP gets its connection back after it lost the broker (a restart, a crash).
 * <p>
 * Default ({@code attempts=0}): the connection fails at once, Spring's caching factory drops it with all its sessions,
 * and each listener container builds a new one within its recovery interval ({@code camel.component.jms.recovery-
 * interval}, 1 s in the mid-office); an unacknowledged message simply comes back from the restarted broker. With
 * {@code attempts=-1} the Artemis client instead fails its sessions over to the restarted broker itself; ChaosIT
 * caught that losing a command whose transaction was in flight during the crash (consumed, its result never sent),
 * so it is not the default.
 *
 * @param attempts the Artemis client's own reconnect attempts (0: none, let Spring rebuild; -1: for ever)
 * @param interval time between two of the client's own tries
 */
@ConfigurationProperties("midoffice.jms.reconnect")
public record HerverbindenProperties(@DefaultValue("0") int attempts, @DefaultValue("500ms") Duration interval) {
}
