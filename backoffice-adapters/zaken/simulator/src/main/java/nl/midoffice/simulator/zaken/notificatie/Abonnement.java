package nl.midoffice.simulator.zaken.notificatie;

import java.time.Instant;
import java.util.UUID;

/**
 * A webhook that receives every notification of kanaal zaken.
 *
 * @param auth the value sent as Authorization header with each notification (a credential: never shown)
 */
record Abonnement(UUID id, String callbackUrl, String auth, Instant aangemaaktOp) {
}
