package nl.midoffice.midoffice.console;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the simulated citizens ask for: the n-th aanvraag of the traffic generator, in the public API's form. The
 * product and municipality rotate (every six aanvragen cover the three products in both municipalities), the
 * applicant and the details are drawn at random, and everything is valid on the day given, so each one should be
 * accepted; a refusal means the intake and the generator disagree.
 */
final class Verkeersaanvragen {

    static final List<String> PRODUCTEN = List.of("melding-openbare-ruimte", "verhuizing", "parkeervergunning");
    static final List<String> GEMEENTEN = List.of("9001", "9002");

    private static final List<String> CATEGORIEEN = List.of("afval", "straatverlichting", "bestrating", "groen", "overig");
    private static final List<String> OMSCHRIJVINGEN = List.of(
            "Volle container bij de speeltuin, er ligt afval naast.",
            "Lantaarnpaal brandt al een week niet.",
            "Losliggende stoeptegels voor de bakker, gevaarlijk voor ouderen.",
            "Overhangende takken boven het fietspad.",
            "Gedumpt grofvuil in de berm.",
            "Kapotte bank in het park.");
    private static final String LETTERS = "BDFGHJKLNPRSTVXZ";

    /** One aanvraag to submit; the BSN stays out of {@link #toString()}. */
    record Verzoek(ObjectNode body, String bsn, String product, String gemeente) {
        @Override
        public String toString() {
            return "Verzoek[product=" + product + ", gemeente=" + gemeente + "]";
        }
    }

    private Verkeersaanvragen() {
    }

    static Verzoek maak(long n, RandomGenerator random, LocalDate vandaag) {
        String product = PRODUCTEN.get((int) (n % PRODUCTEN.size()));
        String gemeente = GEMEENTEN.get((int) ((n / PRODUCTEN.size()) % GEMEENTEN.size()));
        List<Testinwoners.Inwoner> aanvragers = Testinwoners.aanvragersIn(gemeente, vandaag);
        Testinwoners.Inwoner aanvrager = aanvragers.get(random.nextInt(aanvragers.size()));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("product", product);
        body.put("gemeente", gemeente);
        body.putObject("aanvrager").put("bsn", aanvrager.bsn());
        ObjectNode gegevens = body.putObject("gegevens");
        switch (product) {
            case "melding-openbare-ruimte" -> melding(gegevens, gemeente, random);
            case "verhuizing" -> verhuizing(gegevens, aanvrager, random, vandaag);
            default -> parkeervergunning(gegevens, random, vandaag);
        }
        return new Verzoek(body, aanvrager.bsn(), product, gemeente);
    }

    private static void melding(ObjectNode gegevens, String gemeente, RandomGenerator random) {
        gegevens.put("categorie", CATEGORIEEN.get(random.nextInt(CATEGORIEEN.size())));
        gegevens.put("omschrijving", OMSCHRIJVINGEN.get(random.nextInt(OMSCHRIJVINGEN.size())));
        ObjectNode locatie = gegevens.putObject("locatie");
        if (random.nextBoolean()) {
            locatie.put("postcode", postcodeIn(gemeente, random));
            locatie.put("huisnummer", 1 + random.nextInt(150));
        } else {
            locatie.put("lat", 52.0 + random.nextInt(1000) / 1000.0);
            locatie.put("lon", 5.5 + random.nextInt(1000) / 1000.0);
        }
    }

    /** A move within the municipality, now and then with the household. */
    private static void verhuizing(ObjectNode gegevens, Testinwoners.Inwoner aanvrager, RandomGenerator random,
            LocalDate vandaag) {
        ObjectNode adres = gegevens.putObject("nieuwAdres");
        adres.put("postcode", postcodeIn(aanvrager.gemeente(), random));
        adres.put("huisnummer", 1 + random.nextInt(150));
        if (random.nextInt(4) == 0) {
            adres.put("huisletter", String.valueOf(LETTERS.charAt(random.nextInt(LETTERS.length()))));
        }
        gegevens.put("verhuisdatum", vandaag.plusDays(1 + random.nextInt(21)).toString());
        var meeverhuizers = gegevens.putArray("meeverhuizers");
        if (random.nextBoolean()) {
            Testinwoners.huisgenotenVan(aanvrager).forEach(h -> meeverhuizers.add(h.bsn()));
        }
    }

    private static void parkeervergunning(ObjectNode gegevens, RandomGenerator random, LocalDate vandaag) {
        // RDW sidecodes 7, 8 and 9: 99-XXX-9, 9-XXX-99, XX-999-X
        String kenteken = switch (random.nextInt(3)) {
            case 0 -> cijfers(2, random) + "-" + letters(3, random) + "-" + cijfers(1, random);
            case 1 -> cijfers(1, random) + "-" + letters(3, random) + "-" + cijfers(2, random);
            default -> letters(2, random) + "-" + cijfers(3, random) + "-" + letters(1, random);
        };
        gegevens.put("kenteken", kenteken);
        gegevens.put("ingangsdatum", vandaag.plusDays(1 + random.nextInt(30)).toString());
    }

    private static String postcodeIn(String gemeente, RandomGenerator random) {
        return gemeente + letters(2, random);
    }

    private static String letters(int aantal, RandomGenerator random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < aantal; i++) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return s.toString();
    }

    private static String cijfers(int aantal, RandomGenerator random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < aantal; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }
}
