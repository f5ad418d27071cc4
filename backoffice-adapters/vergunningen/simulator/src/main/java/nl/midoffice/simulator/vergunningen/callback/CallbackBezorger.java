package nl.midoffice.simulator.vergunningen.callback;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.simulator.vergunningen.SimulatorProperties;
import nl.midoffice.simulator.vergunningen.aanvraag.Aanvraag;
import nl.midoffice.simulator.vergunningen.aanvraag.AanvraagRegister;
import nl.midoffice.simulator.vergunningen.aanvraag.AfleverStatus;
import nl.midoffice.simulator.vergunningen.aanvraag.BesluitGenomen;
import nl.midoffice.log.LogTekst;

/**
 * Delivers each decision to the caller's callbackUrl, at least once: any answer but 2xx, a refused
 * connection or a time-out counts as a failure and is retried with exponential backoff until the
 * series of attempts is used up (then MISLUKT, visible on the page and via the API). Calls are
 * asynchronous, so a slow receiver holds up no other delivery.
 */
@Service
public class CallbackBezorger {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackBezorger.class);

    private final AanvraagRegister register;
    private final JsonMapper json;
    private final Clock clock;
    private final SimulatorProperties.Callback instellingen;
    private final HttpClient http;
    private final ScheduledExecutorService planner = Executors.newSingleThreadScheduledExecutor(taak -> {
        Thread thread = new Thread(taak, "callback-bezorger");
        thread.setDaemon(true);
        return thread;
    });

    CallbackBezorger(AanvraagRegister register, JsonMapper json, Clock clock, SimulatorProperties properties) {
        this.register = register;
        this.json = json;
        this.clock = clock;
        this.instellingen = properties.callback();
        this.http = HttpClient.newBuilder()
                .connectTimeout(instellingen.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @EventListener
    void opBesluit(BesluitGenomen besluit) {
        probeer(besluit.aanvraagId(), 1);
    }

    /** Starts a new series of attempts for a delivery that failed for good; false when there is none. */
    public boolean opnieuw(String id) {
        AtomicBoolean herstart = new AtomicBoolean();
        register.werkAfleveringBij(id, a -> {
            if (a.status() != AfleverStatus.MISLUKT) {
                return a;
            }
            herstart.set(true);
            return a.gestart();
        });
        if (herstart.get()) {
            LOG.info("Callback van aanvraag {} opnieuw gestart", id);
            probeer(id, 1);
        }
        return herstart.get();
    }

    private void probeer(String id, int poging) {
        Optional<Aanvraag> gevonden = register.zoek(id).filter(a -> a.besluit() != null);
        if (gevonden.isEmpty()) {
            return; // wiped in the meantime: nothing left to deliver
        }
        Aanvraag aanvraag = gevonden.get();
        try {
            http.sendAsync(verzoek(aanvraag), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((antwoord, fout) -> verwerk(aanvraag, poging, antwoord, fout));
        } catch (RuntimeException e) {
            verwerk(aanvraag, poging, null, e);
        }
    }

    private HttpRequest verzoek(Aanvraag aanvraag) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(aanvraag.gegevens().callbackUrl())
                .timeout(instellingen.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(CallbackBericht.van(aanvraag))));
        if (aanvraag.gegevens().callbackAuth() != null) {
            verzoek.header("Authorization", aanvraag.gegevens().callbackAuth());
        }
        if (aanvraag.herkomst().correlationId() != null) {
            verzoek.header("X-Correlation-ID", aanvraag.herkomst().correlationId());
        }
        return verzoek.build();
    }

    private void verwerk(Aanvraag aanvraag, int poging, HttpResponse<?> antwoord, Throwable fout) {
        String id = aanvraag.id();
        String correlationId = aanvraag.herkomst().correlationId();
        if (correlationId != null) {
            MDC.put("correlationId", LogTekst.veilig(correlationId));
        }
        try {
            if (fout == null && antwoord.statusCode() / 100 == 2) {
                register.werkAfleveringBij(id, a -> a.gelukt(clock.instant()));
                LOG.info("Besluit over aanvraag {} afgeleverd bij {} (poging {}, HTTP {})", id,
                        LogTekst.veilig(aanvraag.gegevens().callbackUrlWeergave()), poging, antwoord.statusCode());
                return;
            }
            String reden = fout == null ? "HTTP " + antwoord.statusCode() : beschrijf(fout);
            if (poging >= instellingen.maxPogingen()) {
                register.werkAfleveringBij(id, a -> a.mislukt(reden, null));
                LOG.warn("Besluit over aanvraag {} niet afgeleverd bij {} na {} pogingen: {}", id,
                        LogTekst.veilig(aanvraag.gegevens().callbackUrlWeergave()), poging, LogTekst.veilig(reden));
                return;
            }
            Duration wacht = Wachttijd.na(poging, instellingen.eersteWachttijd(), instellingen.maxWachttijd());
            register.werkAfleveringBij(id, a -> a.mislukt(reden, clock.instant().plus(wacht)));
            LOG.info("Callback van aanvraag {} mislukt (poging {}: {}); opnieuw over {} ms", id, poging,
                    LogTekst.veilig(reden),
                    wacht.toMillis());
            planner.schedule(() -> probeer(id, poging + 1), wacht.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            MDC.remove("correlationId");
        }
    }

    private static String beschrijf(Throwable fout) {
        Throwable oorzaak = fout instanceof CompletionException && fout.getCause() != null ? fout.getCause() : fout;
        String melding = oorzaak.getMessage();
        return oorzaak.getClass().getSimpleName() + (melding == null || melding.isBlank() ? "" : ": " + melding);
    }

    @PreDestroy
    void stop() {
        planner.shutdownNow();
    }
}
