package nl.midoffice.portal.aanvragen;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import nl.midoffice.portal.midoffice.Gebeurtenis;
import nl.midoffice.portal.midoffice.MidofficeGebeurtenissen;
import nl.midoffice.portal.midoffice.MidofficeNietBeschikbaarException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays the mid-office's live stream of one citizen to their browser. Each open page holds one thread here
 * (reading the mid-office's stream blocks), from a bounded pool; when the browser leaves, the next heartbeat
 * fails to write and the thread ends. If the mid-office is unreachable the browser's stream simply ends, and
 * the browser tries again after the advised delay.
 */
@Component
class LiveStatusRelay implements SmartLifecycle {

    static final String EVENT_NAAM = "status-gewijzigd";
    /**
     * Sent once the mid-office has accepted the stream: from then on the page misses nothing. The page marks its
     * live region with {@code data-live-verbonden}, which tests and tools wait for before changing a status.
     */
    static final String VERBONDEN = "live-verbonden";
    /** The browser's reconnect delay: long enough not to hammer a mid-office that is down. */
    static final long HERVERBINDEN_MS = 10_000;
    /** A safety net only: the mid-office ends its streams well before this. */
    static final Duration MAX_DUUR = Duration.ofHours(1);
    /** Open live pages at once, for all citizens together; beyond this a page just shows no live updates. */
    static final int MAX_STROMEN = 200;

    private static final Logger log = LoggerFactory.getLogger(LiveStatusRelay.class);

    private final MidofficeGebeurtenissen midoffice;
    private final Weergave weergave;
    private final JsonMapper json;
    private final ThreadPoolExecutor threads;
    private final Map<SseEmitter, Future<?>> open = new ConcurrentHashMap<>();
    private volatile boolean actief;

    LiveStatusRelay(MidofficeGebeurtenissen midoffice, Weergave weergave, JsonMapper json) {
        this.midoffice = midoffice;
        this.weergave = weergave;
        this.json = json;
        AtomicInteger nummer = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(0, MAX_STROMEN, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread thread = new Thread(r, "live-status-" + nummer.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    SseEmitter open(String bsn) {
        SseEmitter emitter = new SseEmitter(MAX_DUUR.toMillis());
        FutureTask<Void> relay = new FutureTask<>(() -> relay(bsn, emitter), null);
        open.put(emitter, relay);
        try {
            threads.execute(relay);
        } catch (RejectedExecutionException vol) {
            log.warn("Live status: all {} relay threads busy, stream refused", MAX_STROMEN);
            open.remove(emitter);
            emitter.complete();
            return emitter;
        }
        emitter.onCompletion(() -> stop(emitter, relay));
        emitter.onError(fout -> stop(emitter, relay));
        emitter.onTimeout(() -> {
            stop(emitter, relay);
            emitter.complete();
        });
        return emitter;
    }

    private void relay(String bsn, SseEmitter emitter) {
        try {
            emitter.send(SseEmitter.event().comment("verbonden").reconnectTime(HERVERBINDEN_MS));
            midoffice.volg(bsn, new MidofficeGebeurtenissen.Ontvanger() {
                @Override
                public void verbonden() throws IOException {
                    emitter.send(SseEmitter.event().name(VERBONDEN).data("{}"));
                }

                @Override
                public void ontvang(Gebeurtenis gebeurtenis) throws IOException {
                    stuurDoor(gebeurtenis, emitter);
                }
            });
            emitter.complete();
        } catch (MidofficeNietBeschikbaarException e) {
            // already logged by the client, without personal data; the browser reconnects later
            emitter.complete();
        } catch (IOException | IllegalStateException browserWeg) {
            log.debug("Live status: browser left");
        } catch (InterruptedException gestopt) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a Future keeps what it is not asked for: say it here, or it is never seen
            log.error("Live status relay failed", e);
            emitter.completeWithError(e);
        } finally {
            open.remove(emitter);
        }
    }

    private void stuurDoor(Gebeurtenis gebeurtenis, SseEmitter emitter) throws IOException {
        if (gebeurtenis.isCommentaar()) {
            emitter.send(SseEmitter.event().comment(gebeurtenis.commentaar()));
        } else if (EVENT_NAAM.equals(gebeurtenis.naam())) {
            LiveStatus status = liveStatus(gebeurtenis.data());
            if (status != null) {
                emitter.send(SseEmitter.event().name(EVENT_NAAM).id(gebeurtenis.id())
                        .data(json.writeValueAsString(status)));
            }
        }
    }

    /** The CloudEvent's data in the page's words; null for an event the portal cannot read. */
    LiveStatus liveStatus(String cloudEvent) {
        JsonNode data;
        try {
            data = json.readTree(cloudEvent).path("data");
        } catch (JacksonException e) {
            log.warn("Live status: unreadable event from the mid-office skipped");
            return null;
        }
        String status = tekst(data, "status");
        if (status == null || tekst(data, "aanvraagId") == null) {
            log.warn("Live status: event without aanvraag or status skipped");
            return null;
        }
        String toelichting = tekst(data, "toelichting");
        String tijdstip = tekst(data, "tijdstip");
        return new LiveStatus(tekst(data, "aanvraagId"), tekst(data, "referentie"), status,
                weergave.statusLabel(status), weergave.statusUitleg(status, toelichting), toelichting, tijdstip,
                weergave.datumTijd(tijdstip));
    }

    private static String tekst(JsonNode node, String veld) {
        JsonNode waarde = node.path(veld);
        return waarde.isString() ? waarde.asString() : null;
    }

    private void stop(SseEmitter emitter, Future<?> relay) {
        open.remove(emitter);
        relay.cancel(true);
    }

    @Override
    public void start() {
        actief = true;
    }

    /**
     * Ends every stream before the web server's graceful shutdown would wait for them. The threads stay:
     * a stopped context may be started again (Spring's test context cache pauses contexts this way).
     */
    @Override
    public void stop() {
        actief = false;
        open.forEach((emitter, relay) -> {
            relay.cancel(true);
            emitter.complete();
        });
        open.clear();
    }

    @PreDestroy
    void sluitThreads() {
        threads.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return actief;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
