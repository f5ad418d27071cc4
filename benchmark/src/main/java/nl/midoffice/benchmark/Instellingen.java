package nl.midoffice.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run measures and against which stack, from {@code --name=value} arguments. The defaults are the full
 * benchmark on the demo's ports; {@code --profiel=smoke} is the few-second run of {@code ./mvnw verify}.
 *
 * @param root             the project root: where the apps' runnable jars are
 * @param uitvoer          where the report, its JSON and its plots go
 * @param vrijePoorten     free ports instead of the demo's 8080, 8081, 8091–8094 and 61616
 * @param intakeRates      fixed arrival rates (aanvragen/s) of the open-model intake measurement
 * @param intakeDuur       how long each rate is held
 * @param burst            aanvragen per end-to-end burst for the melding; verhuizing and parkeervergunning get half
 * @param gelijktijdig     concurrent submitters of a burst
 * @param brokerDuur       how long each raw broker measurement runs (after {@code brokerDuur / 5} warm-up)
 * @param stil             how long the idle CPU is measured after the run
 * @param geduld           how long to wait for a burst to be registered before giving up on it
 * @param burgers          how many different citizens submit meldingen (a per-citizen rate limit must not be hit)
 * @param midofficeArgs    extra Spring Boot arguments for the mid-office ({@code --midoffice-arg=--x=y}, repeatable)
 * @param secret           the front office's HS256 secret (the portal's demo secret)
 * @param beheerder        {@code user:password} of the administration API
 * @param brokerGebruiker  {@code user:password} for the broker's TCP acceptor (the embedded broker requires a login)
 * @param producten        the products of the end-to-end bursts (Lindeveen on route 1, Bergdal in each mode)
 * @param modi             the modes Bergdal's bursts run in; empty: Lindeveen's route 1 only
 */
record Instellingen(Path root, Path uitvoer, boolean vrijePoorten, List<Integer> intakeRates, Duration intakeDuur,
        int burst, int gelijktijdig, Duration brokerDuur, Duration stil, Duration geduld, int burgers,
        List<String> midofficeArgs, String secret, String beheerder, String brokerGebruiker, List<String> producten,
        List<String> modi) {

    static final String DEMO_SECRET = "demo-only-secret-change-me-0123456789abcdef";
    /** The mid-office's broker user under the demo profile (application-demo.yaml). */
    static final String DEMO_BROKER_GEBRUIKER = "midoffice:demo-only-artemis-password";
    /**
     * Verhuizing and parkeervergunning come from the demo's ten adult residents, hundreds each within a minute: far
     * beyond the allowance a person gets ({@code midoffice.ratelimit.indienen.per-burger}), so the benchmark raises it
     * unless {@code --midoffice-arg} sets it.
     */
    static final String INDIEN_LIMIET = "--midoffice.ratelimit.indienen.per-burger";

    static Instellingen uit(String... args) {
        Map<String, String> opties = new HashMap<>();
        List<String> midofficeArgs = new ArrayList<>();
        for (String arg : args) {
            int is = arg.indexOf('=');
            if (!arg.startsWith("--") || is < 0) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            String naam = arg.substring(2, is);
            if (!OPTIES.contains(naam)) {
                throw new IllegalArgumentException("Unknown option --" + naam + "; known: " + OPTIES);
            }
            if (naam.equals("midoffice-arg")) {
                midofficeArgs.add(arg.substring(is + 1));
            } else {
                opties.put(naam, arg.substring(is + 1));
            }
        }
        if (midofficeArgs.stream().noneMatch(a -> a.startsWith(INDIEN_LIMIET + "="))) {
            midofficeArgs.add(0, INDIEN_LIMIET + "=1000000");
        }
        boolean smoke = "smoke".equals(opties.get("profiel"));
        Path root = Path.of(opties.getOrDefault("root", ".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("midoffice"))) {
            throw new IllegalArgumentException("Not the project root: " + root + " (run from it, or --root=...)");
        }
        String poorten = opties.getOrDefault("poorten", smoke ? "vrij" : "demo");
        if (!poorten.equals("vrij") && !poorten.equals("demo")) {
            throw new IllegalArgumentException("--poorten=demo or --poorten=vrij");
        }
        return new Instellingen(root,
                Path.of(opties.getOrDefault("uitvoer", root.resolve("benchmark/target").toString())).toAbsolutePath(),
                poorten.equals("vrij"),
                Arrays.stream(opties.getOrDefault("intake-rates", smoke ? "20" : "100,300,500").split(","))
                        .map(String::trim).map(Integer::valueOf).toList(),
                seconden(opties, "intake-seconden", smoke ? 2 : 15),
                getal(opties, "burst", smoke ? 12 : 2000),
                getal(opties, "gelijktijdig", smoke ? 4 : 32),
                seconden(opties, "broker-seconden", smoke ? 1 : 10),
                seconden(opties, "stil-seconden", smoke ? 2 : 20),
                seconden(opties, "geduld-seconden", smoke ? 120 : 300),
                getal(opties, "burgers", smoke ? 20 : 5000),
                List.copyOf(midofficeArgs),
                opties.getOrDefault("secret", DEMO_SECRET),
                opties.getOrDefault("beheerder", "beheerder:demo"),
                opties.getOrDefault("broker-gebruiker", DEMO_BROKER_GEBRUIKER),
                lijst(opties, "producten", Verzoeken.PRODUCTEN),
                lijst(opties, "modi", List.of("LEGACY", "SHADOW", "NEW")));
    }

    private static final List<String> OPTIES = List.of("profiel", "root", "uitvoer", "poorten", "intake-rates",
            "intake-seconden", "burst", "gelijktijdig", "broker-seconden", "stil-seconden", "geduld-seconden",
            "burgers", "midoffice-arg", "secret", "beheerder", "broker-gebruiker", "producten", "modi");

    private static final List<String> MODI = List.of("LEGACY", "SHADOW", "NEW");

    /** A comma-separated list of known values; an empty value is an empty list. */
    private static List<String> lijst(Map<String, String> opties, String naam, List<String> standaard) {
        if (!opties.containsKey(naam)) {
            return standaard;
        }
        List<String> bekend = naam.equals("modi") ? MODI : Verzoeken.PRODUCTEN;
        List<String> waarden = Arrays.stream(opties.get(naam).split(",")).map(String::trim)
                .filter(w -> !w.isEmpty()).toList();
        waarden.stream().filter(w -> !bekend.contains(w)).findFirst().ifPresent(w -> {
            throw new IllegalArgumentException("--" + naam + ": unknown " + w + "; known: " + bekend);
        });
        return waarden;
    }

    private static int getal(Map<String, String> opties, String naam, int standaard) {
        return Integer.parseInt(opties.getOrDefault(naam, String.valueOf(standaard)));
    }

    private static Duration seconden(Map<String, String> opties, String naam, int standaard) {
        return Duration.ofSeconds(getal(opties, naam, standaard));
    }
}
