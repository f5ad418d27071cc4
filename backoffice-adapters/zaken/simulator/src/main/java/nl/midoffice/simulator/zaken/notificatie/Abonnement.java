package nl.midoffice.simulator.zaken.notificatie;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An ABONNEMENT of the Notificaties API: a webhook that receives the notifications of its kanalen that pass
 * their filters.
 *
 * @param auth     the value sent as Authorization header with each notification (a credential: never shown)
 * @param kanalen  the kanalen with their filters
 * @param clientId the ZGW client that created it
 */
record Abonnement(UUID id, String callbackUrl, String auth, List<FilterGroep> kanalen, String clientId,
                  Instant aangemaaktOp) {

    Abonnement {
        kanalen = List.copyOf(kanalen);
    }

    /** Whether one of its kanalen is the notification's kanaal and that group's filters let it through. */
    boolean ontvangt(Notificatie notificatie) {
        return kanalen.stream().anyMatch(groep -> groep.laatDoor(notificatie));
    }
}
