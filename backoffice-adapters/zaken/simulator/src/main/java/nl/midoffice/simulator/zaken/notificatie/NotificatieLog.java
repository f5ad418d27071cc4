package nl.midoffice.simulator.zaken.notificatie;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.zaken.SimulatorProperties;

/** The most recent notifications with their deliveries, for the web page and the control API. */
@Component
class NotificatieLog {

    private final Deque<Verzending> verzendingen = new ArrayDeque<>();
    private final int bewaard;

    NotificatieLog(SimulatorProperties properties) {
        this.bewaard = properties.notificaties().bewaard();
    }

    synchronized void voegToe(Verzending verzending) {
        verzendingen.addFirst(verzending);
        while (verzendingen.size() > bewaard) {
            verzendingen.removeLast();
        }
    }

    synchronized List<Verzending> nieuwsteEerst() {
        return new ArrayList<>(verzendingen);
    }

    synchronized void wis() {
        verzendingen.clear();
    }
}
