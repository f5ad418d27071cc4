package nl.midoffice.simulator.zaken.notificatie;

import java.time.Instant;

/**
 * The delivery of one notification to one subscriber, as it stands.
 *
 * @param laatsteFout why the last attempt failed (HTTP status or connection error), or null
 */
public record Aflevering(String callbackUrl, Toestand toestand, int pogingen, String laatsteFout, Instant bijgewerktOp) {

    public enum Toestand {
        /** Not yet delivered; attempts go on. */
        BEZIG,
        /** The subscriber answered 2xx. */
        AFGELEVERD,
        /** Every attempt failed, or the subscription was cancelled meanwhile. */
        MISLUKT
    }
}
