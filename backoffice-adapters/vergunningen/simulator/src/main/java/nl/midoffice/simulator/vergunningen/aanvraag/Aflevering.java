package nl.midoffice.simulator.vergunningen.aanvraag;

import java.time.Instant;

/**
 * Delivery of the decision to the callback.
 *
 * @param pogingen         attempts made so far (over all series)
 * @param laatsteFout      what went wrong at the last failed attempt, or null
 * @param volgendePogingOp when the next attempt is due while BEZIG after a failure, else null
 * @param afgeleverdOp     when the callback accepted it, else null
 */
public record Aflevering(AfleverStatus status, int pogingen, String laatsteFout, Instant volgendePogingOp,
                         Instant afgeleverdOp) {

    static final Aflevering WACHTEND = new Aflevering(AfleverStatus.WACHT_OP_BESLUIT, 0, null, null, null);

    public Aflevering gestart() {
        return new Aflevering(AfleverStatus.BEZIG, pogingen, laatsteFout, null, null);
    }

    public Aflevering gelukt(Instant op) {
        return new Aflevering(AfleverStatus.AFGELEVERD, pogingen + 1, null, null, op);
    }

    /** A failed attempt; {@code volgende} null means it was the last one of the series. */
    public Aflevering mislukt(String fout, Instant volgende) {
        return new Aflevering(volgende == null ? AfleverStatus.MISLUKT : AfleverStatus.BEZIG, pogingen + 1, fout,
                volgende, null);
    }
}
