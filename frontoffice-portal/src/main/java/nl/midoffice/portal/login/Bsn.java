package nl.midoffice.portal.login;

import java.util.Optional;

/**
 * The burgerservicenummer check: nine digits passing the 11-proef (weights 9..2 and -1, sum
 * divisible by 11). Returns readable Dutch reasons because citizens type these by hand.
 */
public final class Bsn {

    private static final int[] GEWICHTEN = {9, 8, 7, 6, 5, 4, 3, 2, -1};

    private Bsn() {
    }

    public static boolean isGeldig(String invoer) {
        return fout(invoer).isEmpty();
    }

    /** Why the input is not a BSN, or empty when it is one. */
    public static Optional<String> fout(String invoer) {
        if (invoer == null || invoer.isBlank()) {
            return Optional.of("Vul een burgerservicenummer (BSN) in.");
        }
        if (!invoer.matches("\\d{9}")) {
            return Optional.of("Een BSN bestaat uit precies 9 cijfers, zonder spaties of punten.");
        }
        if (!voldoetAanElfproef(invoer)) {
            return Optional.of("Dit nummer is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.");
        }
        return Optional.empty();
    }

    static boolean voldoetAanElfproef(String negenCijfers) {
        int som = 0;
        for (int i = 0; i < GEWICHTEN.length; i++) {
            som += GEWICHTEN[i] * (negenCijfers.charAt(i) - '0');
        }
        // 000000000 passes the arithmetic but is never issued
        return som != 0 && som % 11 == 0;
    }
}
