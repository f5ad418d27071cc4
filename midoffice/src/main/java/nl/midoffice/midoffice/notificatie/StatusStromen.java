package nl.midoffice.midoffice.notificatie;

import java.io.IOException;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open live streams of this mid-office instance, per citizen. Every instance receives every status
 * CloudEvent from the topic and hands it only to the streams of the citizen who owns the aanvraag, looked up
 * by the event's subject: the event itself names no citizen.
 */
@Component
class StatusStromen implements SmartLifecycle {

    static final String EVENT_NAAM = "status-gewijzigd";
    /** How long a browser waits before reconnecting after a stream ended. */
    static final long HERVERBINDEN_MS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(StatusStromen.class);

    /** Keyed by BSN, in memory only; a BSN is never logged. */
    private final Map<String, Deque<SseEmitter>> perBurger = new ConcurrentHashMap<>();
    private final AanvraagRepository aanvragen;
    private final NotificatieProperties properties;
    private final JsonMapper json;
    private volatile boolean actief;

    StatusStromen(AanvraagRepository aanvragen, NotificatieProperties properties, JsonMapper json) {
        this.aanvragen = aanvragen;
        this.properties = properties;
        this.json = json;
    }

    /** Opens a stream for this citizen; it starts with a comment so the client knows it is connected. */
    SseEmitter open(String bsn) {
        SseEmitter emitter = new SseEmitter(properties.streamDuur().toMillis());
        Deque<SseEmitter> stromen = perBurger.compute(bsn, (b, bestaand) -> {
            Deque<SseEmitter> s = bestaand != null ? bestaand : new ConcurrentLinkedDeque<>();
            s.addLast(emitter);
            return s;
        });
        emitter.onCompletion(() -> verwijder(bsn, emitter));
        emitter.onTimeout(() -> {
            verwijder(bsn, emitter);
            emitter.complete();
        });
        emitter.onError(fout -> verwijder(bsn, emitter));
        while (stromen.size() > properties.maxStromenPerBurger()) {
            SseEmitter oudste = stromen.pollFirst();
            if (oudste != null) {
                oudste.complete();
            }
        }
        stuur(bsn, emitter, SseEmitter.event().comment("verbonden").reconnectTime(HERVERBINDEN_MS));
        return emitter;
    }

    /** The streams this instance holds open. */
    int aantalOpen() {
        return perBurger.values().stream().mapToInt(Deque::size).sum();
    }

    /** Delivers a status CloudEvent (structured JSON) to the streams of the aanvraag's owner, if any are open. */
    void verspreid(String cloudEvent) {
        if (perBurger.isEmpty()) {
            return;
        }
        JsonNode event;
        UUID aanvraagId;
        try {
            event = json.readTree(cloudEvent);
            aanvraagId = UUID.fromString(event.path("subject").asString());
        } catch (JacksonException | IllegalArgumentException e) {
            // not for us to repair: the topic's publisher is the outbox, which stores only valid events
            log.warn("Status event without a readable aanvraag id ignored: {}", e.getClass().getSimpleName());
            return;
        }
        String eventId = event.path("id").asString();
        String bsn = aanvragen.vind(aanvraagId).map(Aanvraag::aanvragerBsn).orElse(null);
        Deque<SseEmitter> stromen = bsn == null ? null : perBurger.get(bsn);
        if (stromen == null) {
            return;
        }
        for (SseEmitter emitter : stromen) {
            stuur(bsn, emitter, SseEmitter.event().name(EVENT_NAAM).id(eventId).data(cloudEvent));
        }
        log.debug("Status event {} for aanvraag {} sent to {} stream(s)", eventId, aanvraagId, stromen.size());
    }

    /** A comment on every open stream: keeps proxies from closing it and finds clients that left. */
    void hartslag() {
        perBurger.forEach((bsn, stromen) -> stromen.forEach(emitter ->
                stuur(bsn, emitter, SseEmitter.event().comment("hartslag"))));
    }

    @Override
    public void start() {
        actief = true;
    }

    /**
     * Ends every stream before the web server's graceful shutdown, which would otherwise wait for these
     * never-ending requests; clients reconnect, to another instance or after the restart.
     */
    @Override
    public void stop() {
        actief = false;
        perBurger.values().forEach(stromen -> stromen.forEach(SseEmitter::complete));
        perBurger.clear();
    }

    @Override
    public boolean isRunning() {
        return actief;
    }

    /** Stops before {@code webServerGracefulShutdown} (a lower phase) begins to wait for open requests. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    /**
     * A client that went away shows up as a failed write; the stream is forgotten. The servlet container
     * reports the broken connection itself, so the emitter needs no completing here.
     */
    private void stuur(String bsn, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException weg) {
            verwijder(bsn, emitter);
        }
    }

    private void verwijder(String bsn, SseEmitter emitter) {
        perBurger.computeIfPresent(bsn, (b, stromen) -> {
            stromen.remove(emitter);
            return stromen.isEmpty() ? null : stromen;
        });
    }
}
