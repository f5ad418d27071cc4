package nl.midoffice.simulator.zaken.notificatie;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The abonnementen, by id. As in a Notificaties API, every create makes a new one, also for a callback URL that
 * is already subscribed; a subscriber renews its own with an update.
 */
@Component
class Abonnementen {

    private final Map<UUID, Abonnement> perId = new ConcurrentHashMap<>();
    private final Clock clock;

    Abonnementen(Clock clock) {
        this.clock = clock;
    }

    Abonnement neemAf(String callbackUrl, String auth, List<FilterGroep> kanalen, String clientId) {
        Abonnement abonnement = new Abonnement(UUID.randomUUID(), callbackUrl, auth, kanalen, clientId,
                clock.instant());
        perId.put(abonnement.id(), abonnement);
        return abonnement;
    }

    /** Replaces callbackUrl, auth and kanalen of an existing abonnement; empty when it does not exist. */
    Optional<Abonnement> werkBij(UUID id, String callbackUrl, String auth, List<FilterGroep> kanalen) {
        return Optional.ofNullable(perId.computeIfPresent(id, (sleutel, bestaand) -> new Abonnement(id, callbackUrl,
                auth, kanalen, bestaand.clientId(), bestaand.aangemaaktOp())));
    }

    Optional<Abonnement> zoek(UUID id) {
        return Optional.ofNullable(perId.get(id));
    }

    /** Oldest first. */
    List<Abonnement> alle() {
        return perId.values().stream().sorted(Comparator.comparing(Abonnement::aangemaaktOp)
                .thenComparing(Abonnement::id)).toList();
    }

    boolean zegOp(UUID id) {
        return perId.remove(id) != null;
    }
}
