package nl.midoffice.simulator.vergunningen.aanvraag;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import nl.midoffice.simulator.vergunningen.SimulatorProperties;
import nl.midoffice.log.LogTekst;

/**
 * Takes the decisions: by the rules once the beslistermijn has passed, or earlier by a clerk.
 * Either way exactly one {@link BesluitGenomen} follows, which sets the callback delivery going.
 */
@Service
public class Beslisser {

    private static final Logger LOG = LoggerFactory.getLogger(Beslisser.class);

    private final AanvraagRegister register;
    private final ApplicationEventPublisher events;
    private final Duration beslistermijn;
    private final ScheduledExecutorService planner = Executors.newSingleThreadScheduledExecutor(taak -> {
        Thread thread = new Thread(taak, "beslisser");
        thread.setDaemon(true);
        return thread;
    });

    public Beslisser(AanvraagRegister register, ApplicationEventPublisher events, SimulatorProperties properties) {
        this.register = register;
        this.events = events;
        this.beslistermijn = properties.beslistermijn();
    }

    /** Plans the decision of a newly received application. */
    public void plan(Aanvraag aanvraag) {
        String correlationId = aanvraag.herkomst().correlationId();
        planner.schedule(() -> beslis(aanvraag.id(), correlationId), beslistermijn.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Aanvraag beslisHandmatig(String id, Uitkomst uitkomst, String reden) {
        Aanvraag besloten = register.beslisHandmatig(id, uitkomst, reden);
        events.publishEvent(new BesluitGenomen(id));
        return besloten;
    }

    private void beslis(String id, String correlationId) {
        if (correlationId != null) {
            MDC.put("correlationId", LogTekst.veilig(correlationId));
        }
        try {
            register.beslisVolgensRegels(id).ifPresent(a -> events.publishEvent(new BesluitGenomen(id)));
        } catch (RuntimeException e) {
            // a scheduled task's exception would vanish silently; say which application it hit
            LOG.error("Besluit over aanvraag {} mislukt", id, e);
        } finally {
            MDC.remove("correlationId");
        }
    }

    @PreDestroy
    void stop() {
        planner.shutdownNow();
    }
}
