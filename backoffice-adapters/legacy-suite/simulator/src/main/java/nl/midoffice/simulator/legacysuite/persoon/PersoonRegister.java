package nl.midoffice.simulator.legacysuite.persoon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.simulator.legacysuite.SimulatorProperties;
import nl.midoffice.simulator.support.Bsn;

/**
 * The suite's own copy of person data, read once at start and never changed. Like every such copy
 * in a real municipality it is not the BRP: it can lag behind it (see the file's {@code opmerking}).
 */
@Component
public class PersoonRegister {

    private static final Logger LOG = LoggerFactory.getLogger(PersoonRegister.class);

    /** The file's shape: a note for whoever opens it, and the persons. */
    record Bestand(String opmerking, List<Persoon> personen) {
    }

    private final Map<String, Persoon> personen = new LinkedHashMap<>();

    PersoonRegister(SimulatorProperties properties, ResourceLoader resources, JsonMapper json) {
        String bron = properties.persoonsgegevens();
        try (InputStream in = resources.getResource(bron).getInputStream()) {
            for (Persoon persoon : json.readValue(in, Bestand.class).personen()) {
                controleer(persoon, bron);
                if (personen.putIfAbsent(persoon.bsn(), persoon) != null) {
                    throw new IllegalStateException("Dubbel BSN in " + bron);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Persoonsgegevens niet te lezen uit " + bron, e);
        }
        LOG.info("{} personen geladen uit {}", personen.size(), bron);
    }

    public Optional<Persoon> zoek(String bsn) {
        return Optional.ofNullable(personen.get(bsn));
    }

    public List<Persoon> alle() {
        return List.copyOf(personen.values());
    }

    /** Fails the start on a broken file: a demo that starts with half its persons misleads more than one that doesn't start. */
    private static void controleer(Persoon persoon, String bron) {
        if (!Bsn.isGeldig(persoon.bsn()) || persoon.geslachtsnaam() == null || persoon.geboortedatum() == null
                || persoon.verblijfsadres() == null || persoon.gemeenteVanInschrijving() == null) {
            throw new IllegalStateException("Onvolledige persoon of ongeldig BSN in " + bron
                    + " (" + Bsn.gemaskeerd(persoon.bsn()) + ")");
        }
    }
}
