package nl.midoffice.simulator.brp.personen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which {@code fields} paths may be asked for with RaadpleegMetBurgerservicenummer. The list of
 * existing paths ({@code velden.txt}) is every property path of the spec's {@code Persoon} schema;
 * a test derives it from the official OpenAPI document and keeps the two equal.
 */
final class Velden {

    static final String PATROON = "^[a-zA-Z0-9\\._]{1,200}$";
    private static final Pattern VELD = Pattern.compile(PATROON);

    /** Delivered automatically when there is something to say; the API refuses them in fields. */
    private static final Set<String> AUTOMATISCH_TOP = Set.of(
            "geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni", "verificatie");
    private static final String IN_ONDERZOEK = "inOnderzoek";
    private static final String VERBLIJFT_NIET_OP_ADRES = "indicatieVastgesteldVerblijftNietOpAdres";

    enum Oordeel { GELDIG, ONGELDIG_PATROON, ONBEKEND, NIET_TOEGESTAAN }

    private final Set<String> bestaand;

    Velden(Set<String> bestaand) {
        this.bestaand = Set.copyOf(bestaand);
    }

    static Velden uitClasspath() {
        try (InputStream in = Velden.class.getResourceAsStream("/velden.txt")) {
            if (in == null) {
                throw new IllegalStateException("velden.txt ontbreekt op het classpath");
            }
            return new Velden(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(r -> !r.isEmpty() && !r.startsWith("#"))
                    .collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Oordeel beoordeel(String pad) {
        if (pad == null || !VELD.matcher(pad).matches()) {
            return Oordeel.ONGELDIG_PATROON;
        }
        String[] delen = pad.split("\\.", -1);
        if (AUTOMATISCH_TOP.contains(delen[0]) || Arrays.asList(delen).contains(IN_ONDERZOEK)
                || delen[delen.length - 1].equals(VERBLIJFT_NIET_OP_ADRES)) {
            return Oordeel.NIET_TOEGESTAAN;
        }
        return bestaand.contains(pad) ? Oordeel.GELDIG : Oordeel.ONBEKEND;
    }

    Set<String> bestaand() {
        return bestaand;
    }
}
