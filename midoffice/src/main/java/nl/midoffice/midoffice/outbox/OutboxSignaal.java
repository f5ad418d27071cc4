package nl.midoffice.midoffice.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Wakes the {@link OutboxRelay} when a transaction that wrote to the outbox has committed. */
@Component
class OutboxSignaal {

    private final Semaphore werk = new Semaphore(0);

    /** Called while writing to the outbox: wakes the relay after the commit (at once when there is no transaction). */
    void naCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wekOp();
                }
            });
        } else {
            wekOp();
        }
    }

    void wekOp() {
        if (werk.availablePermits() == 0) {
            werk.release();
        }
    }

    /** Waits until woken or the time is up; then the slate is clean for the commits of the next round. */
    void wacht(Duration hoogstens) throws InterruptedException {
        werk.tryAcquire(hoogstens.toMillis(), TimeUnit.MILLISECONDS);
        werk.drainPermits();
    }
}
