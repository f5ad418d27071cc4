package nl.midoffice.simulator.brp.personen;

/** The burgerservicenummer rules the simulator needs, and how it shows one outside the BRP itself. */
public final class Bsn {

    private static final int[] GEWICHTEN = {9, 8, 7, 6, 5, 4, 3, 2, -1};

    private Bsn() {
    }

    /** Nine digits passing the 11-proef; all zeros passes the sum but is not a number ever issued. */
    public static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}") || bsn.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 9; i++) {
            som += (bsn.charAt(i) - '0') * GEWICHTEN[i];
        }
        return som % 11 == 0;
    }

    /** Only the last four digits: enough to tell bevragingen apart without keeping the number. */
    public static String gemaskeerd(String bsn) {
        if (bsn == null || bsn.length() < 4) {
            return "*********";
        }
        return "*".repeat(bsn.length() - 4) + bsn.substring(bsn.length() - 4);
    }
}
