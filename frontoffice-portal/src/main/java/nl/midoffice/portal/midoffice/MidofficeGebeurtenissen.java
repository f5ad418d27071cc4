package nl.midoffice.portal.midoffice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The mid-office's live stream of status changes ({@code GET /api/v1/aanvragen/gebeurtenissen}) for one
 * citizen, read line by line with the JDK HttpClient. The call blocks its thread for as long as the stream is
 * open, so callers run it on a thread of their own; interrupting that thread ends it.
 */
@Component
public class MidofficeGebeurtenissen {

    static final String PAD = "/api/v1/aanvragen/gebeurtenissen";
    private static final Logger log = LoggerFactory.getLogger(MidofficeGebeurtenissen.class);

    /** Takes each event; an IOException means the receiver is gone (the browser left), which ends the stream. */
    @FunctionalInterface
    public interface Ontvanger {
        void ontvang(Gebeurtenis gebeurtenis) throws IOException;

        /** The mid-office accepted the stream: from now on no status change of this citizen is missed. */
        default void verbonden() throws IOException {
        }
    }

    private final HttpClient http;
    private final MidofficeProperties properties;
    private final MidofficeTokens tokens;
    private final URI uri;

    MidofficeGebeurtenissen(MidofficeProperties properties, MidofficeTokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
        this.uri = URI.create(properties.url().toString().replaceAll("/+$", "") + PAD);
        // HTTP/1.1: a long-lived response stream needs no upgrade negotiation
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
    }

    /**
     * Follows the citizen's stream until the mid-office ends it (normal return), the receiver throws (its
     * IOException is passed on) or the thread is interrupted. A mid-office that cannot be reached or refuses
     * becomes a {@link MidofficeNietBeschikbaarException}.
     */
    public void volg(String bsn, Ontvanger ontvanger) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + tokens.voorBurger(bsn))
                // until the response starts; the stream itself may stay quiet between heartbeats
                .timeout(properties.readTimeout())
                .GET().build();
        HttpResponse<Stream<String>> antwoord;
        try {
            antwoord = http.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            log.warn("GET {} failed: {}", PAD, e.getClass().getSimpleName());
            throw new MidofficeNietBeschikbaarException("GET " + PAD + " failed", e);
        }
        try (Stream<String> regels = antwoord.body()) {
            if (antwoord.statusCode() != 200) {
                log.warn("GET {} failed with HTTP {}", PAD, antwoord.statusCode());
                throw new MidofficeNietBeschikbaarException("GET " + PAD + " failed with HTTP " + antwoord.statusCode(),
                        null);
            }
            ontvanger.verbonden();
            SseLezer lezer = new SseLezer();
            Iterator<String> it = regels.iterator();
            while (volgende(it)) {
                var gebeurtenis = lezer.regel(it.next());
                if (gebeurtenis.isPresent()) {
                    ontvanger.ontvang(gebeurtenis.get());
                }
            }
        }
    }

    private static boolean volgende(Iterator<String> regels) throws InterruptedException {
        try {
            return regels.hasNext();
        } catch (UncheckedIOException e) {
            if (Thread.currentThread().isInterrupted() || e.getCause() != null
                    && e.getCause().getCause() instanceof InterruptedException) {
                throw new InterruptedException("Live stream stopped");
            }
            log.warn("GET {} broke off: {}", PAD, e.getCause().getClass().getSimpleName());
            throw new MidofficeNietBeschikbaarException("GET " + PAD + " broke off", e);
        }
    }
}
