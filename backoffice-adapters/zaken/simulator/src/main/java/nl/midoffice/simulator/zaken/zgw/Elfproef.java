package nl.midoffice.simulator.zaken.zgw;

import java.util.Optional;

import nl.midoffice.simulator.support.Bsn;

/**
 * The RSIN's 11-proef as vng-api-common applies it, with its error codes. The arithmetic (weights 9..2 and -1), the
 * BSN's check and how a BSN is shown are the simulators' shared {@link Bsn}.
 */
public final class Elfproef {

    private Elfproef() {
    }

    /** The field error for an invalid RSIN, or empty when it passes (codes as Open Zaak: only-digits, invalid-length, invalid). */
    public static Optional<InvalidParam> controleerRsin(String veld, String rsin) {
        if (!rsin.matches("[0-9]+")) {
            return Optional.of(new InvalidParam(veld, "only-digits", "Waarde moet numeriek zijn."));
        }
        if (rsin.length() != 9) {
            return Optional.of(new InvalidParam(veld, "invalid-length", "RSIN moet 9 tekens lang zijn."));
        }
        if (!Bsn.elfproef(rsin)) {
            return Optional.of(new InvalidParam(veld, "invalid", "Onjuist RSIN nummer."));
        }
        return Optional.empty();
    }
}
