package nl.midoffice.simulator.zaken.notificatie;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One published notification and its delivery to each abonnement that receives it; thread-safe, updated by the
 * delivery threads.
 */
public final class Verzending {

    private final UUID id;
    private final Notificatie notificatie;
    /** By abonnement id: two abonnementen may share a callback URL, and each gets its own delivery. */
    private final Map<UUID, Aflevering> afleveringen = new LinkedHashMap<>();
    private final Clock clock;

    Verzending(UUID id, Notificatie notificatie, List<Abonnement> ontvangers, Clock clock) {
        this.id = id;
        this.notificatie = notificatie;
        this.clock = clock;
        ontvangers.forEach(abonnement -> afleveringen.put(abonnement.id(),
                new Aflevering(abonnement.callbackUrl(), Aflevering.Toestand.BEZIG, 0, null, clock.instant())));
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

    synchronized void poging(UUID abonnementId, Aflevering.Toestand toestand, int pogingen, String fout) {
        afleveringen.computeIfPresent(abonnementId, (sleutel, vorige) ->
                new Aflevering(vorige.callbackUrl(), toestand, pogingen, fout, clock.instant()));
    }
}
