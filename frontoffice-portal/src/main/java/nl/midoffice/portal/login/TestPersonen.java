package nl.midoffice.portal.login;

import java.util.List;
import java.util.Optional;

/**
 * Made-up people behind the official test BSNs, so a demo shows a name instead of a number.
 * Typed-in BSNs that are not in this list are accepted too, as an unnamed test person.
 */
public final class TestPersonen {

    public static final List<Burger> ALLE = List.of(
            new Burger("999993653", "Anna de Vries"),
            new Burger("999995492", "Bram Jansen"),
            new Burger("999991802", "Chantal Bakker"),
            new Burger("999999321", "Dirk van Dijk"),
            new Burger("999994086", "Esra Yilmaz"),
            new Burger("999992971", "Frank Visser"));

    private TestPersonen() {
    }

    static Burger voorBsn(String bsn) {
        return vind(bsn).orElseGet(() -> new Burger(bsn, "Testpersoon"));
    }

    private static Optional<Burger> vind(String bsn) {
        return ALLE.stream().filter(b -> b.bsn().equals(bsn)).findFirst();
    }
}
