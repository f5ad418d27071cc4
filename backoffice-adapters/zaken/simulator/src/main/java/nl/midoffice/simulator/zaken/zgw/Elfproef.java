package nl.midoffice.simulator.zaken.zgw;

import java.util.Optional;

/**
 * The 11-proef for RSIN and BSN as vng-api-common applies it (weights 9..2 and -1), with its error
 * codes, and how a BSN is shown to a clerk.
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
        if (!klopt(rsin)) {
            return Optional.of(new InvalidParam(veld, "invalid", "Onjuist RSIN nummer."));
        }
        return Optional.empty();
    }

    /** Nine digits that pass the 11-proef; all zeros passes the sum but is never issued. */
    public static boolean isGeldigBsn(String bsn) {
        return bsn != null && bsn.matches("[0-9]{9}") && !bsn.equals("000000000") && klopt(bsn);
    }

    /** Only the last four digits: enough for a clerk to tell citizens apart on screen. */
    public static String maskeer(String bsn) {
        if (bsn == null || bsn.length() < 4) {
            return "*********";
        }
        return "*".repeat(bsn.length() - 4) + bsn.substring(bsn.length() - 4);
    }

    private static boolean klopt(String negenCijfers) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (negenCijfers.charAt(i) - '0') * (9 - i);
        }
        som -= negenCijfers.charAt(8) - '0';
        return som % 11 == 0;
    }
}
