package nl.midoffice.simulator.brp.personen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.midoffice.simulator.brp.SimulatorProperties;
import nl.midoffice.simulator.support.Bsn;

/**
 * The persons this BRP holds: read once from a JSON file of {@code Persoon} objects as the BRP API
 * delivers them, read only ever after. {@code leeftijd} is not stored: it is the age on the day of
 * the question, so it is computed per answer.
 */
@Component
public class PersoonRegister {

    private static final Logger LOG = LoggerFactory.getLogger(PersoonRegister.class);

    private final Map<String, ObjectNode> personen = new LinkedHashMap<>();
    private final Clock clock;

    PersoonRegister(SimulatorProperties properties, ResourceLoader resources, JsonMapper json, Clock clock) {
        this.clock = clock;
        try (InputStream in = resources.getResource(properties.personen()).getInputStream()) {
            for (JsonNode persoon : json.readTree(in)) {
                String bsn = persoon.path("burgerservicenummer").asString();
                if (!Bsn.isGeldig(bsn) || personen.putIfAbsent(bsn, (ObjectNode) persoon) != null) {
                    throw new IllegalStateException("Testpersoon met ongeldig of dubbel BSN in " + properties.personen());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Testpersonen niet te lezen uit " + properties.personen(), e);
        }
        LOG.info("{} testpersonen geladen uit {}", personen.size(), properties.personen());
    }

    /** The person as the BRP API would deliver it today (with leeftijd), before any fields selection. */
    public Optional<ObjectNode> zoek(String bsn) {
        return Optional.ofNullable(personen.get(bsn)).map(this::metLeeftijd);
    }

    /** Every person in one line each, for the page and GET /simulator/personen. */
    public List<Testpersoon> testpersonen() {
        return personen.values().stream().map(p -> Testpersoon.van(p, leeftijd(p))).toList();
    }

    /** Age in whole years today; empty when the birth date is not a full date. */
    public OptionalInt leeftijd(JsonNode persoon) {
        JsonNode datum = persoon.path("geboorte").path("datum");
        if (!"Datum".equals(datum.path("type").asString(null))) {
            return OptionalInt.empty();
        }
        LocalDate geboren = LocalDate.parse(datum.path("datum").asString());
        return OptionalInt.of(Period.between(geboren, LocalDate.now(clock)).getYears());
    }

    private ObjectNode metLeeftijd(ObjectNode bron) {
        OptionalInt leeftijd = leeftijd(bron);
        ObjectNode uit = JsonNodeFactory.instance.objectNode();
        List<String> namen = new ArrayList<>(bron.propertyNames());
        for (String naam : namen) {
            uit.set(naam, bron.get(naam).deepCopy());
            if (naam.equals("geslacht") && leeftijd.isPresent()) {
                uit.put("leeftijd", leeftijd.getAsInt());
            }
        }
        return uit;
    }
}
