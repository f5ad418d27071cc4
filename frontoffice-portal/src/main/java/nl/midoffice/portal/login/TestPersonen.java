package nl.midoffice.portal.login;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.midoffice.portal.catalogus.Gemeente;

/**
 * The people of the simulated DigiD: the test persons of the BRP simulator (fictitious people behind official
 * test BSNs), with the same names and municipalities, so a demo shows a name instead of a number and the data the
 * mid-office finds for them fits. The portal talks only to the mid-office, so it keeps its own copy of this list;
 * TestPersonenTest holds it equal to {@code backoffice-adapters/brp/simulator/src/main/resources/personen.json}.
 * Typed-in BSNs that are not in this list are accepted too, as an unnamed test person.
 */
public final class TestPersonen {

    /** One test person and the municipality where the BRP has them registered ({@code 0363}: Amsterdam). */
    public record TestPersoon(String bsn, String naam, String gemeenteCode) {

        Burger burger() {
            return new Burger(bsn, naam);
        }

        @Override
        public String toString() {
            return "TestPersoon[bsn=***]";
        }
    }

    /** The people of one municipality (or of none of ours: {@code gemeente} null), for the login page. */
    public record Groep(String titel, Gemeente gemeente, List<TestPersoon> personen) {
    }

    public static final List<TestPersoon> ALLE = List.of(
            new TestPersoon("999993653", "Jan Pieter de Vries", "9001"),
            new TestPersoon("999995492", "Maria Elisabeth Jansen", "9001"),
            new TestPersoon("999996708", "Sanne Maria de Vries", "9001"),
            new TestPersoon("999992971", "Sophie Bos", "9001"),
            new TestPersoon("999998821", "Lotte Visser", "9001"),
            new TestPersoon("999998286", "Fleur de Jong", "9001"),
            new TestPersoon("999991802", "Cornelis Johannes Bakker", "9002"),
            new TestPersoon("999993938", "Ingrid Wilhelmina Kok", "9002"),
            new TestPersoon("999999321", "Anna Maria van den Berg", "9002"),
            new TestPersoon("999999606", "Thomas Mulder", "9002"),
            new TestPersoon("999993057", "Gerrit Jan Hoekstra", "9002"),
            new TestPersoon("999994086", "Pieter Hendrik Smit", "0363"));

    private TestPersonen() {
    }

    /** The inhabitants of the current counter's municipality first, then the other one's, then the rest. */
    static List<Groep> groepen(Gemeente loket) {
        List<Groep> groepen = new ArrayList<>();
        groepen.add(groep(loket));
        for (Gemeente gemeente : Gemeente.values()) {
            if (gemeente != loket) {
                groepen.add(groep(gemeente));
            }
        }
        List<TestPersoon> elders = ALLE.stream().filter(p -> Gemeente.vanCode(p.gemeenteCode()).isEmpty()).toList();
        if (!elders.isEmpty()) {
            groepen.add(new Groep("Woont in een andere gemeente", null, elders));
        }
        return groepen;
    }

    private static Groep groep(Gemeente gemeente) {
        return new Groep("Woont in " + gemeente.getNaam(), gemeente,
                ALLE.stream().filter(p -> p.gemeenteCode().equals(gemeente.getCode())).toList());
    }

    static Burger voorBsn(String bsn) {
        return vind(bsn).map(TestPersoon::burger).orElseGet(() -> new Burger(bsn, "Testpersoon"));
    }

    private static Optional<TestPersoon> vind(String bsn) {
        return ALLE.stream().filter(p -> p.bsn().equals(bsn)).findFirst();
    }
}
