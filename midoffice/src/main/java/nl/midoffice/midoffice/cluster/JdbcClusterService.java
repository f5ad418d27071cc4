package nl.midoffice.midoffice.cluster;

import java.time.Duration;

import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.springframework.integration.support.locks.LockRegistry;

/**
 * A Camel cluster service on the PostgreSQL every instance already shares: each namespace is a lock of Spring
 * Integration's {@code JdbcLockRegistry} (a row in {@code INT_LOCK} with an expiry), held and renewed by its
 * {@code LockRegistryLeaderInitiator}. Camel has no JDBC cluster service of its own; this class only bridges the two,
 * the locking is Spring Integration's.
 */
final class JdbcClusterService extends AbstractCamelClusterService<JdbcClusterView> {

    private final LockRegistry<?> locks;
    private final String instantie;
    private final Duration lease;

    JdbcClusterService(LockRegistry<?> locks, String instantie, Duration lease) {
        super("jdbc");
        this.locks = locks;
        this.instantie = instantie;
        this.lease = lease;
    }

    @Override
    protected JdbcClusterView createView(String namespace) {
        return new JdbcClusterView(this, namespace, locks, instantie, lease);
    }
}
