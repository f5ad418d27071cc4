package nl.midoffice.midoffice.console;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The residents the traffic generator applies as: the demo's fictitious test persons (BSNs in the 999 range) who
 * live in Lindeveen or Bergdal, as the BRP simulator ({@code backoffice-adapters/brp/simulator}, personen.json) and
 * the legacy suite's copy (persoonsgegevens.json) both register them, so the person check of verhuizing and
 * parkeervergunning passes whichever system answers it. {@code TestinwonersTest} keeps this list equal to both
 * files. The one who lives elsewhere (Amsterdam) is left out on purpose.
 */
final class Testinwoners {

    /** A resident: where they live (as the BRP has it) and when they were born. */
    record Inwoner(String bsn, String gemeente, String postcode, int huisnummer, LocalDate geboortedatum) {

        boolean volwassenOp(LocalDate dag) {
            return Period.between(geboortedatum, dag).getYears() >= 18;
        }

        boolean woontSamenMet(Inwoner ander) {
            return !bsn.equals(ander.bsn) && postcode.equals(ander.postcode) && huisnummer == ander.huisnummer;
        }

        @Override
        public String toString() {
            return "Inwoner[gemeente=" + gemeente + "]";
        }
    }

    static final List<Inwoner> ALLE = List.of(
            new Inwoner("999993653", "9001", "9001AB", 12, LocalDate.of(1975, 3, 14)),
            new Inwoner("999995492", "9001", "9001AB", 12, LocalDate.of(1978, 9, 2)),
            new Inwoner("999996708", "9001", "9001AB", 12, LocalDate.of(2014, 5, 8)),
            new Inwoner("999992971", "9001", "9001CE", 7, LocalDate.of(2001, 12, 12)),
            new Inwoner("999998821", "9001", "9001GK", 3, LocalDate.of(1996, 8, 9)),
            new Inwoner("999998286", "9001", "9001AC", 30, LocalDate.of(1993, 3, 3)),
            new Inwoner("999991802", "9002", "9002CD", 5, LocalDate.of(1962, 11, 30)),
            new Inwoner("999993938", "9002", "9002CD", 5, LocalDate.of(1964, 4, 17)),
            new Inwoner("999999321", "9002", "9002EF", 23, LocalDate.of(1990, 1, 22)),
            new Inwoner("999999606", "9002", "9002GH", 14, LocalDate.of(1985, 2, 28)),
            new Inwoner("999993057", "9002", "9002KL", 40, LocalDate.of(1948, 5, 19)));

    private Testinwoners() {
    }

    /** The adults of a municipality: who can apply there. */
    static List<Inwoner> aanvragersIn(String gemeente, LocalDate dag) {
        return ALLE.stream().filter(i -> i.gemeente().equals(gemeente) && i.volwassenOp(dag)).toList();
    }

    /** Who lives at the same address: the co-movers of a verhuizing. */
    static List<Inwoner> huisgenotenVan(Inwoner inwoner) {
        return ALLE.stream().filter(inwoner::woontSamenMet).toList();
    }
}
