package nl.midoffice.midoffice.infra;

import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/**
 * One thread of the mid-office's own that runs from start to stop of the application: {@link #draai()} loops while
 * {@link #actief()}. Stopping is not an interrupt (an interrupted JMS or JDBC call leaves its session in doubt): the
 * loop is woken ({@link #wekOp()}) and finishes what it holds, for at most 5 s.
 */
public abstract class Achtergronddraad implements SmartLifecycle {

    private final String naam;
    private volatile boolean actief;
    private volatile Thread draad;

    protected Achtergronddraad(String naam) {
        this.naam = naam;
    }

    /** The loop; returns once {@link #actief()} is false. */
    protected abstract void draai();

    /** Wakes a loop that waits, so it sees it must stop. */
    protected abstract void wekOp();

    protected boolean actief() {
        return actief;
    }

    @Override
    public void start() {
        actief = true;
        Thread t = new Thread(this::draai, naam);
        t.setDaemon(true);
        draad = t;
        t.start();
    }

    @Override
    public void stop() {
        actief = false;
        Thread t = draad;
        draad = null;
        wekOp();
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return draad != null;
    }
}
