package nl.midoffice.midoffice.aanvraag;

/** The burgerservicenummer and its 11-proef. A BSN is personal data: never log it or put it in a URL. */
public final class Bsn {

    private Bsn() {
    }

    /** Nine digits whose weighted sum (9..2 and -1 for the last digit) is divisible by 11. */
    public static boolean isGeldig(String bsn) {
        if (bsn == null || bsn.length() != 9 || !bsn.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0 && !bsn.equals("000000000");
    }
}
