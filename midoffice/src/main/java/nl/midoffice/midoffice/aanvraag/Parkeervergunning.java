package nl.midoffice.midoffice.aanvraag;

import java.util.List;

import nl.midoffice.contracts.Capability;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A resident's parking permit: a Dutch licence plate and the date it should start. */
@Component
class Parkeervergunning implements Product {

    static final String ID = "parkeervergunning";
    static final int MAANDEN_VOORUIT = 3;

    /** The RDW sidecodes 1–14 (letters L, digits 9), written without dashes. */
    private static final Pattern KENTEKEN = Pattern.compile(String.join("|",
            "[A-Z]{2}[0-9]{4}", "[0-9]{4}[A-Z]{2}", "[0-9]{2}[A-Z]{2}[0-9]{2}", "[A-Z]{2}[0-9]{2}[A-Z]{2}",
            "[A-Z]{4}[0-9]{2}", "[0-9]{2}[A-Z]{4}", "[0-9]{2}[A-Z]{3}[0-9]", "[0-9][A-Z]{3}[0-9]{2}",
            "[A-Z]{2}[0-9]{3}[A-Z]", "[A-Z][0-9]{3}[A-Z]{2}", "[A-Z]{3}[0-9]{2}[A-Z]", "[A-Z][0-9]{2}[A-Z]{3}",
            "[0-9][A-Z]{2}[0-9]{3}", "[0-9]{3}[A-Z]{2}[0-9]"));
    private static final Pattern TEKENS = Pattern.compile("[A-Za-z0-9 -]{6,10}");

    private final Clock clock;

    Parkeervergunning() {
        this(Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    Parkeervergunning(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Capability> stappen() {
        return List.of(Capability.PERSOONSGEGEVENS, Capability.ZAAKREGISTRATIE, Capability.VERGUNNINGEN);
    }

    @Override
    public String id() {
        return ID;
    }

    /** {@code ab-123-c} becomes {@code AB123C}. */
    static String genormaliseerd(String kenteken) {
        return kenteken.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    static boolean isKenteken(String kenteken) {
        return kenteken != null && TEKENS.matcher(kenteken).matches()
                && KENTEKEN.matcher(genormaliseerd(kenteken)).matches();
    }

    @Override
    public void valideer(JsonNode gegevens, Validatie v) {
        v.alleenVelden(gegevens, "gegevens", Set.of("kenteken", "ingangsdatum"));
        String kenteken = v.tekst(gegevens, "gegevens", "kenteken", 6, 10);
        if (kenteken != null && !isKenteken(kenteken)) {
            v.fout("gegevens.kenteken", "Dit is geen Nederlands kenteken, zoals AB-123-C of 12-ABC-3.");
        }
        LocalDate vandaag = LocalDate.now(clock);
        v.datum(gegevens, "gegevens", "ingangsdatum", vandaag, vandaag.plusMonths(MAANDEN_VOORUIT),
                "De ingangsdatum ligt tussen vandaag en 3 maanden vooruit.");
    }

    @Override
    public JsonNode genormaliseerd(JsonNode gegevens) {
        ObjectNode kopie = (ObjectNode) gegevens.deepCopy();
        kopie.put("kenteken", genormaliseerd(gegevens.path("kenteken").asString()));
        return kopie;
    }

    @Override
    public String zaakomschrijving(JsonNode gegevens) {
        return "Parkeervergunning bewoners voor " + genormaliseerd(gegevens.path("kenteken").asString());
    }

    @Override
    public String toelichting(JsonNode gegevens) {
        return "Ingangsdatum " + gegevens.path("ingangsdatum").asString();
    }
}
