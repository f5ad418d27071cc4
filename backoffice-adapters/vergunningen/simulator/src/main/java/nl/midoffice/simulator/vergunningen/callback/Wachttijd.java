package nl.midoffice.simulator.vergunningen.callback;

import java.time.Duration;

/** Exponential backoff: the first wait after attempt 1, doubled after every next failure, capped. */
final class Wachttijd {

    private Wachttijd() {
    }

    static Duration na(int poging, Duration eerste, Duration max) {
        Duration wacht = eerste;
        for (int i = 1; i < poging && wacht.compareTo(max) < 0; i++) {
            wacht = wacht.multipliedBy(2);
        }
        return wacht.compareTo(max) > 0 ? max : wacht;
    }
}
