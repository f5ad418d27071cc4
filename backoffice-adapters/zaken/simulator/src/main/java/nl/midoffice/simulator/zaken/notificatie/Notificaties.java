package nl.midoffice.simulator.zaken.notificatie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.midoffice.simulator.zaken.SimulatorProperties;
import tools.jackson.databind.json.JsonMapper;
import nl.midoffice.log.LogTekst;

/**
 * Publishes notifications to every abonnement whose kanalen and filters let them through, asynchronously: the
 * API answers without waiting, and a subscriber that is down gets a few more attempts with growing waits, as a
 * notificatiecomponent would.
 */
@Service
public class Notificaties {

    private static final Logger LOG = LoggerFactory.getLogger(Notificaties.class);

    private final Abonnementen abonnementen;
    private final NotificatieLog log;
    private final JsonMapper json;
    private final Clock clock;
    private final SimulatorProperties.Notificaties instellingen;
    private final HttpClient http;
    private final ScheduledExecutorService uitvoerder;

    Notificaties(Abonnementen abonnementen, NotificatieLog log, JsonMapper json, Clock clock,
                 SimulatorProperties properties) {
        this.abonnementen = abonnementen;
        this.log = log;
        this.json = json;
        this.clock = clock;
        this.instellingen = properties.notificaties();
        this.http = HttpClient.newBuilder().connectTimeout(instellingen.timeout()).build();
        this.uitvoerder = Executors.newScheduledThreadPool(2, taak -> {
            Thread thread = new Thread(taak, "notificaties");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void publiceer(Notificatie notificatie) {
        List<Abonnement> ontvangers = abonnementen.alle().stream().filter(a -> a.ontvangt(notificatie)).toList();
        Verzending verzending = new Verzending(UUID.randomUUID(), notificatie, ontvangers, clock);
        log.voegToe(verzending);
        LOG.info("Notificatie {} {} {} naar {} abonnee(s)", verzending.id(), notificatie.resource(), notificatie.actie(),
                ontvangers.size());
        byte[] body = json.writeValueAsBytes(notificatie);
        for (Abonnement abonnement : ontvangers) {
            uitvoerder.execute(() -> probeer(verzending, abonnement.id(), body, 1));
        }
    }

    public List<Verzending> recenteNieuwsteEerst() {
        return log.nieuwsteEerst();
    }

    /** Callback URLs of the current abonnementen, oldest first. */
    public List<String> abonnees() {
        return abonnementen.alle().stream().map(Abonnement::callbackUrl).toList();
    }

    void wisLog() {
        log.wis();
    }

    private void probeer(Verzending verzending, UUID abonnementId, byte[] body, int poging) {
        Abonnement abonnement = abonnementen.zoek(abonnementId).orElse(null);
        if (abonnement == null) {
            verzending.poging(abonnementId, Aflevering.Toestand.MISLUKT, poging - 1, "Abonnement opgezegd");
            return;
        }
        String callbackUrl = abonnement.callbackUrl();
        String fout = stuur(abonnement, body);
        if (fout == null) {
            verzending.poging(abonnementId, Aflevering.Toestand.AFGELEVERD, poging, null);
            LOG.info("Notificatie {} afgeleverd bij {} (poging {})", verzending.id(), LogTekst.veilig(callbackUrl),
                    poging);
            return;
        }
        if (poging >= instellingen.pogingen()) {
            verzending.poging(abonnementId, Aflevering.Toestand.MISLUKT, poging, fout);
            LOG.warn("Notificatie {} niet afgeleverd bij {} na {} pogingen: {}", verzending.id(),
                    LogTekst.veilig(callbackUrl), poging, LogTekst.veilig(fout));
            return;
        }
        verzending.poging(abonnementId, Aflevering.Toestand.BEZIG, poging, fout);
        long wachtMs = instellingen.eersteWachttijd().toMillis() << (poging - 1);
        LOG.info("Notificatie {} bij {} mislukt (poging {}: {}); opnieuw over {} ms", verzending.id(),
                LogTekst.veilig(callbackUrl), poging, LogTekst.veilig(fout), wachtMs);
        uitvoerder.schedule(() -> probeer(verzending, abonnementId, body, poging + 1), wachtMs, TimeUnit.MILLISECONDS);
    }

    /** @return null when delivered (2xx), else why not */
    private String stuur(Abonnement abonnement, byte[] body) {
        try {
            HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(abonnement.callbackUrl()))
                    .timeout(instellingen.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (abonnement.auth() != null && !abonnement.auth().isBlank()) {
                verzoek.header("Authorization", abonnement.auth());
            }
            int status = http.send(verzoek.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Onderbroken";
        } catch (IllegalArgumentException e) {
            return "Ongeldige callback-URL";
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        uitvoerder.shutdownNow();
        uitvoerder.awaitTermination(Duration.ofSeconds(2).toMillis(), TimeUnit.MILLISECONDS);
    }
}
