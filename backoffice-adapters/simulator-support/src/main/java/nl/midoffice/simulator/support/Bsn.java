package nl.midoffice.simulator.support;

/**
 * The burgerservicenummer rules every simulated back office enforces, and how one shows a BSN on screen and in its
 * control API. The simulators stand for systems of their own and depend on no mid-office or adapter code, so this is
 * their one copy of the 11-proef; the mid-office and the portal share theirs through {@code contracts}.
 */
public final class Bsn {

    private static final int[] GEWICHTEN = {9, 8, 7, 6, 5, 4, 3, 2, -1};

    private Bsn() {
    }

    /** Nine digits passing the 11-proef; all zeros passes the sum but is not a number ever issued. */
    public static boolean isGeldig(String bsn) {
        return bsn != null && bsn.matches("[0-9]{9}") && !bsn.equals("000000000") && elfproef(bsn);
    }

    /**
     * The bare 11-proef over nine digits (weights 9..2, and -1 for the last: the sum divisible by 11), as the RSIN
     * uses it too; the caller checks that there are nine digits.
     */
    public static boolean elfproef(String negenCijfers) {
        int som = 0;
        for (int i = 0; i < GEWICHTEN.length; i++) {
            som += (negenCijfers.charAt(i) - '0') * GEWICHTEN[i];
        }
        return som % 11 == 0;
    }

    /** Only the last four digits: enough to tell citizens apart on screen without keeping the number. */
    public static String gemaskeerd(String bsn) {
        if (bsn == null || bsn.length() < 4) {
            return "*********";
        }
        return "*".repeat(bsn.length() - 4) + bsn.substring(bsn.length() - 4);
    }
}
