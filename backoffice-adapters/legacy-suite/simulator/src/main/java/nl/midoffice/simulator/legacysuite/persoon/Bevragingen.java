package nl.midoffice.simulator.legacysuite.persoon;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.legacysuite.SimulatorProperties;

/** The most recent person lookups, newest first, bounded so that a long demo cannot exhaust memory. */
@Component
public class Bevragingen {

    private final Deque<Bevraging> recent = new ArrayDeque<>();
    private final int max;

    Bevragingen(SimulatorProperties properties) {
        this.max = Math.max(1, properties.maxBevragingen());
    }

    public synchronized void registreer(Bevraging bevraging) {
        recent.addFirst(bevraging);
        while (recent.size() > max) {
            recent.removeLast();
        }
    }

    public synchronized List<Bevraging> nieuwsteEerst() {
        return List.copyOf(recent);
    }

    synchronized void wis() {
        recent.clear();
    }
}
