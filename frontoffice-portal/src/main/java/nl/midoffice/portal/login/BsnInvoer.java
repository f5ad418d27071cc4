package nl.midoffice.portal.login;

import java.util.Optional;

import nl.midoffice.contracts.Bsn;

/**
 * A burgerservicenummer as a citizen types it: nine digits passing the 11-proef ({@link Bsn}, shared with the
 * mid-office). Returns readable Dutch reasons because citizens type these by hand.
 */
public final class BsnInvoer {

    private BsnInvoer() {
    }

    /** Why the input is not a BSN, or empty when it is one. */
    public static Optional<String> fout(String invoer) {
        if (invoer == null || invoer.isBlank()) {
            return Optional.of("Vul een burgerservicenummer (BSN) in.");
        }
        if (!invoer.matches("\\d{9}")) {
            return Optional.of("Een BSN bestaat uit precies 9 cijfers, zonder spaties of punten.");
        }
        if (!Bsn.isGeldig(invoer)) {
            return Optional.of("Dit nummer is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.");
        }
        return Optional.empty();
    }
}
