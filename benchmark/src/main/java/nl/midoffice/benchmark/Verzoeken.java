package nl.midoffice.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import nl.midoffice.contracts.Bsn;

/**
 * The aanvragen the benchmark submits, valid on the day of the run, in the public API's JSON. Meldingen come from
 * many generated citizens (any BSN passing the 11-proef will do); verhuizing and parkeervergunning need the person
 * lookup to find a resident of the municipality, so they come from the demo's adult test residents, who live there
 * in both the BRP simulator's and the legacy suite's person files.
 */
final class Verzoeken {

    static final String MELDING = "melding-openbare-ruimte";
    static final String VERHUIZING = "verhuizing";
    static final String PARKEERVERGUNNING = "parkeervergunning";
    static final List<String> PRODUCTEN = List.of(MELDING, VERHUIZING, PARKEERVERGUNNING);

    /** The adults among the demo's test residents, per municipality (brp simulator personen.json). */
    private static final Map<String, List<String>> INWONERS = Map.of(
            "9001", List.of("999993653", "999995492", "999992971", "999998821", "999998286"),
            "9002", List.of("999991802", "999993938", "999999321", "999999606", "999993057"));
    private static final String[] CATEGORIEEN = {"afval", "straatverlichting", "bestrating", "groen", "overig"};
    private static final String LETTERS = "BDFGHJKLNPRSTVXZ";

    /** One aanvraag to submit: the citizen it is for and its JSON body. */
    record Verzoek(String bsn, String product, String gemeente, String json) {
        @Override
        public String toString() {
            return "Verzoek[" + product + ", " + gemeente + "]";
        }
    }

    private final List<String> burgers;
    private final LocalDate vandaag = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

    Verzoeken(int aantalBurgers) {
        this.burgers = bsns(aantalBurgers);
    }

    /** The n-th aanvraag of a product in a municipality. */
    Verzoek maak(String product, String gemeente, long n) {
        String bsn = product.equals(MELDING) ? burgers.get((int) (n % burgers.size()))
                : INWONERS.get(gemeente).get((int) (n % INWONERS.get(gemeente).size()));
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String gegevens = switch (product) {
            case MELDING -> """
                    {"categorie":"%s","omschrijving":"Benchmarkmelding %d: lantaarnpaal brandt niet",\
                    "locatie":{"postcode":"%s%s","huisnummer":%d}}""".formatted(CATEGORIEEN[(int) (n % 5)], n,
                    gemeente, letters(2, r), 1 + r.nextInt(150));
            case VERHUIZING -> """
                    {"nieuwAdres":{"postcode":"%s%s","huisnummer":%d},"verhuisdatum":"%s","meeverhuizers":[]}"""
                    .formatted(gemeente, letters(2, r), 1 + r.nextInt(150), vandaag.plusDays(7));
            case PARKEERVERGUNNING -> """
                    {"kenteken":"%s-%03d-%s","ingangsdatum":"%s"}""".formatted(letters(2, r), r.nextInt(1000),
                    letters(1, r), vandaag.plusDays(7));
            default -> throw new IllegalArgumentException(product);
        };
        return new Verzoek(bsn, product, gemeente, """
                {"product":"%s","gemeente":"%s","aanvrager":{"bsn":"%s"},"gegevens":%s}"""
                .formatted(product, gemeente, bsn, gegevens));
    }

    /** Distinct nine-digit numbers passing the 11-proef, from 100000000 up. */
    static List<String> bsns(int aantal) {
        List<String> bsns = new ArrayList<>(aantal);
        for (long kandidaat = 100_000_000L; bsns.size() < aantal; kandidaat++) {
            String bsn = Long.toString(kandidaat);
            if (Bsn.isGeldig(bsn)) {
                bsns.add(bsn);
            }
        }
        return bsns;
    }

    private static String letters(int aantal, ThreadLocalRandom r) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < aantal; i++) {
            s.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        return s.toString();
    }
}
