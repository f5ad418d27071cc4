package nl.midoffice.simulator.zaken.notificatie;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The subscribed webhooks, one per callback URL. */
@Component
class Abonnementen {

    private final Map<String, Abonnement> perCallbackUrl = new ConcurrentHashMap<>();
    private final Clock clock;

    Abonnementen(Clock clock) {
        this.clock = clock;
    }

    /** Subscribing the same callback URL again replaces its auth and keeps its id. */
    Abonnement neemAf(String callbackUrl, String auth) {
        return perCallbackUrl.compute(callbackUrl, (url, bestaand) -> new Abonnement(
                bestaand != null ? bestaand.id() : UUID.randomUUID(), url, auth,
                bestaand != null ? bestaand.aangemaaktOp() : clock.instant()));
    }

    boolean bestaat(String callbackUrl) {
        return perCallbackUrl.containsKey(callbackUrl);
    }

    Abonnement zoek(String callbackUrl) {
        return perCallbackUrl.get(callbackUrl);
    }

    List<Abonnement> alle() {
        return perCallbackUrl.values().stream()
                .sorted((a, b) -> a.aangemaaktOp().compareTo(b.aangemaaktOp())).toList();
    }

    void zegAllesOp() {
        perCallbackUrl.clear();
    }
}
