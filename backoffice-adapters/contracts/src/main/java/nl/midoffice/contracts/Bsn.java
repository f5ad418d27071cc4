package nl.midoffice.contracts;

/**
 * The burgerservicenummer's 11-proef, the one implementation the mid-office, the portal and the benchmark share. A BSN
 * is personal data: never log it or put it in a URL.
 */
public final class Bsn {

    private static final int[] GEWICHTEN = {9, 8, 7, 6, 5, 4, 3, 2, -1};

    private Bsn() {
    }

    /**
     * Nine digits (ASCII, nothing else) whose weighted sum (weights 9..2, and -1 for the last digit) is divisible by
     * 11; {@code 000000000} passes the sum but is never issued.
     */
    public static boolean isGeldig(String bsn) {
        if (bsn == null || bsn.length() != GEWICHTEN.length || bsn.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < GEWICHTEN.length; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            som += GEWICHTEN[i] * (c - '0');
        }
        return som % 11 == 0;
    }
}
