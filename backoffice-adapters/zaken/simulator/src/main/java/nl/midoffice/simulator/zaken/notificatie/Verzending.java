package nl.midoffice.simulator.zaken.notificatie;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One published notification and its delivery to each subscriber; thread-safe, updated by the delivery threads. */
public final class Verzending {

    private final UUID id;
    private final Notificatie notificatie;
    private final Map<String, Aflevering> afleveringen = new LinkedHashMap<>();
    private final Clock clock;

    Verzending(UUID id, Notificatie notificatie, List<String> callbackUrls, Clock clock) {
        this.id = id;
        this.notificatie = notificatie;
        this.clock = clock;
        callbackUrls.forEach(url -> afleveringen.put(url,
                new Aflevering(url, Aflevering.Toestand.BEZIG, 0, null, clock.instant())));
    }

    public UUID id() {
        return id;
    }

    public Notificatie notificatie() {
        return notificatie;
    }

    public synchronized List<Aflevering> afleveringen() {
        return new ArrayList<>(afleveringen.values());
    }

    synchronized void poging(String callbackUrl, Aflevering.Toestand toestand, int pogingen, String fout) {
        afleveringen.put(callbackUrl, new Aflevering(callbackUrl, toestand, pogingen, fout, clock.instant()));
    }
}
