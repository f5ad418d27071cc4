package nl.midoffice.simulator.support.gedrag;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds the failure mode that an architect switches live during a demo. */
public class GedragService {

    private static final Logger LOG = LoggerFactory.getLogger(GedragService.class);

    private final AtomicReference<Gedrag> huidig;
    private final long standaardVertragingMs;

    /** @param standaardVertragingMs the delay in TRAAG mode when the control API names none */
    public GedragService(long standaardVertragingMs) {
        this.standaardVertragingMs = standaardVertragingMs;
        this.huidig = new AtomicReference<>(new Gedrag(Modus.NORMAAL, standaardVertragingMs, 0.0));
    }

    public Gedrag huidig() {
        return huidig.get();
    }

    /** PUT semantics: fields left out fall back to their defaults rather than to the previous value. */
    Gedrag zet(Modus modus, Long vertragingMs, Double foutkans) {
        Gedrag nieuw = new Gedrag(modus,
                vertragingMs != null ? vertragingMs : standaardVertragingMs,
                foutkans != null ? foutkans : 0.0);
        huidig.set(nieuw);
        LOG.info("Gedrag gewijzigd: {}", nieuw);
        return nieuw;
    }

    /** Draws whether this call fails; with foutkans 0.0 never, with 1.0 always. */
    public boolean trekFout() {
        double kans = huidig.get().foutkans();
        return kans > 0.0 && ThreadLocalRandom.current().nextDouble() < kans;
    }
}
