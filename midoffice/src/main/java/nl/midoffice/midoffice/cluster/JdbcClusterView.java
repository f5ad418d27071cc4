package nl.midoffice.midoffice.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.springframework.integration.leader.AbstractCandidate;
import org.springframework.integration.leader.Context;
import org.springframework.integration.leader.event.LeaderEventPublisher;
import org.springframework.integration.support.leader.LockRegistryLeaderInitiator;
import org.springframework.integration.support.locks.LockRegistry;

/**
 * One namespace (one singleton job) of {@link JdbcClusterService}: Spring Integration's
 * {@link LockRegistryLeaderInitiator} holds the namespace's lock and tells this view when leadership comes and goes;
 * the view passes that on to Camel ({@code ClusteredRoutePolicy} starts or stops the job's route). It knows only
 * itself: which other instance leads is in the lock table, not here.
 */
final class JdbcClusterView extends AbstractCamelClusterView {

    private final Lid lokaal;
    private final LockRegistryLeaderInitiator initiator;
    private final Duration lease;
    private volatile boolean leider;
    private volatile CountDownLatch afgegeven = new CountDownLatch(0);

    JdbcClusterView(CamelClusterService service, String namespace, LockRegistry<?> locks, String instantie,
            Duration lease) {
        super(service, namespace);
        this.lokaal = new Lid(instantie);
        this.lease = lease;
        this.initiator = new LockRegistryLeaderInitiator(locks, new Kandidaat(instantie, namespace));
        // renew well within the lease; while not leading, try about once a second (each try is one statement)
        initiator.setHeartBeatMillis(lease.toMillis() / 5);
        initiator.setBusyWaitMillis(lease.toMillis() / 10);
        initiator.setLeaderEventPublisher(new GeenGebeurtenissen());
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        return leider ? Optional.of(lokaal) : Optional.empty();
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return lokaal;
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        return List.of(lokaal);
    }

    @Override
    protected void doStart() {
        initiator.start();
    }

    /**
     * Gives the lock back at once (the next instance need not wait for the lease to run out): the initiator
     * deletes the lock row on its own thread, so wait a moment for that before the database goes away.
     */
    @Override
    protected void doStop() throws InterruptedException {
        CountDownLatch wacht = afgegeven;
        initiator.stop();
        wacht.await(lease.toMillis(), TimeUnit.MILLISECONDS);
    }

    private final class Kandidaat extends AbstractCandidate {

        Kandidaat(String instantie, String namespace) {
            super(instantie, namespace);
        }

        @Override
        public void onGranted(Context context) {
            afgegeven = new CountDownLatch(1);
            leider = true;
            fireLeadershipChangedEvent(lokaal);
        }

        @Override
        public void onRevoked(Context context) {
            leider = false;
            fireLeadershipChangedEvent(Optional.empty());
            afgegeven.countDown();
        }
    }

    private final class Lid implements CamelClusterMember {

        private final String id;

        Lid(String id) {
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public boolean isLeader() {
            return leider;
        }

        @Override
        public boolean isLocal() {
            return true;
        }
    }

    /** Leadership reaches Camel through the candidate; no Spring application events are wanted. */
    private static final class GeenGebeurtenissen implements LeaderEventPublisher {

        @Override
        public void publishOnGranted(Object source, Context context, String role) {
        }

        @Override
        public void publishOnRevoked(Object source, Context context, String role) {
        }

        @Override
        public void publishOnFailedToAcquire(Object source, Context context, String role) {
        }
    }
}
