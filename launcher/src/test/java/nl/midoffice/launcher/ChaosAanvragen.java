package nl.midoffice.launcher;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The aanvragen of the chaos run: the n-th covers the three products in both municipalities in turn, each by an
 * adult resident of that municipality (the demo's test persons, as the BRP simulator and the legacy suite's copy
 * both register them: midoffice {@code console/Testinwoners}), so the person check passes whichever system answers.
 */
final class ChaosAanvragen {

    static final List<String> PRODUCTEN = List.of("melding-openbare-ruimte", "verhuizing", "parkeervergunning");
    static final List<String> GEMEENTEN = List.of("9001", "9002");
    private static final List<String> LINDEVEEN = List.of("999993653", "999995492", "999992971", "999998821",
            "999998286");
    private static final List<String> BERGDAL = List.of("999991802", "999993938", "999999321", "999999606",
            "999993057");
    private static final String LETTERS = "BDFGHJKLNPRSTVXZ";

    /** One aanvraag: what the API gets, on whose behalf; no BSN in {@link #toString()}. */
    record Aanvraag(int n, String product, String gemeente, String bsn, String body) {
        @Override
        public String toString() {
            return "Aanvraag[" + n + ", " + product + ", " + gemeente + "]";
        }
    }

    private ChaosAanvragen() {
    }

    static Aanvraag maak(int n) {
        String product = PRODUCTEN.get(n % PRODUCTEN.size());
        String gemeente = GEMEENTEN.get((n / PRODUCTEN.size()) % GEMEENTEN.size());
        List<String> inwoners = gemeente.equals("9001") ? LINDEVEEN : BERGDAL;
        String bsn = inwoners.get((n / 6) % inwoners.size());
        LocalDate morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);
        String gegevens = switch (product) {
            case "melding-openbare-ruimte" -> """
                    {"categorie":"afval","omschrijving":"Chaos-run melding %d","locatie":{"postcode":"%s","huisnummer":%d}}"""
                    .formatted(n, postcode(gemeente, n), 1 + n % 150);
            case "verhuizing" -> """
                    {"nieuwAdres":{"postcode":"%s","huisnummer":%d},"verhuisdatum":"%s","meeverhuizers":[]}"""
                    .formatted(postcode(gemeente, n), 1 + n % 150, morgen.plusDays(n % 20));
            default -> """
                    {"kenteken":"%s","ingangsdatum":"%s"}""".formatted(kenteken(n), morgen.plusDays(n % 20));
        };
        String body = """
                {"product":"%s","gemeente":"%s","aanvrager":{"bsn":"%s"},"gegevens":%s}"""
                .formatted(product, gemeente, bsn, gegevens);
        return new Aanvraag(n, product, gemeente, bsn, body);
    }

    private static String postcode(String gemeente, int n) {
        return gemeente + letter(n) + letter(n / LETTERS.length());
    }

    /** RDW sidecode 9 (XX-999-X), one plate per aanvraag. */
    private static String kenteken(int n) {
        return "" + letter(n) + letter(n / 16) + "-" + String.format("%03d", n % 1000) + "-" + letter(n / 256);
    }

    private static char letter(int n) {
        return LETTERS.charAt(Math.floorMod(n, LETTERS.length()));
    }
}
