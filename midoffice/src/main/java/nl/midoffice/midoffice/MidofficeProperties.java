package nl.midoffice.midoffice;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mid-office's settings; {@code application.yaml} holds the demo defaults.
 *
 * @param clients       API clients by client id (ZGW style: one shared HS256 secret each)
 * @param gemeenten     the municipalities this mid-office serves, code to name (route 0: one mid-office, several)
 * @param tokenMaxAge   how old a token's {@code iat} may be
 * @param outbox        publishing of stored messages to the broker
 * @param statuspolling asking back offices that cannot push for their zaken's status
 * @param beheerder     the administrator of the administration API and console
 * @param herstel       sending again what no back office has confirmed
 * @param consumers     at most this many consumers of each of the mid-office's own queues (aanvragen, results) on
 *                      this instance: one while a queue is idle, more while messages wait ({@code camel.component.jms.*}
 *                      in application.yaml); results for one aanvraag still apply one at a time (its row is locked).
 *                      Each consumer holds one message at a time (consumer window 0), so every instance takes a share
 *                      of each queue
 * @param publicBaseUrl where back offices reach the mid-office (what a load balancer in front of every instance
 *                      exposes): callbacks and notification subscriptions point here, never at one instance
 */
@ConfigurationProperties("midoffice")
public record MidofficeProperties(
        Map<String, Client> clients,
        Map<String, String> gemeenten,
        @DefaultValue("1h") Duration tokenMaxAge,
        @DefaultValue Outbox outbox,
        @DefaultValue Statuspolling statuspolling,
        @DefaultValue Beheerder beheerder,
        @DefaultValue Herstel herstel,
        @DefaultValue("4") int consumers,
        URI publicBaseUrl) {

    public MidofficeProperties {
        if (consumers < 1) {
            throw new IllegalArgumentException("midoffice.consumers: at least 1");
        }
        if (publicBaseUrl == null || !publicBaseUrl.isAbsolute() || !publicBaseUrl.getScheme().startsWith("http")) {
            throw new IllegalArgumentException("midoffice.public-base-url must be an absolute http(s) URL");
        }
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
    }

    /**
     * @param secret      the shared HS256 secret (at least 32 bytes)
     * @param frontoffice whether the client may act on behalf of a citizen (its {@code bsn} claim is trusted)
     */
    public record Client(String secret, @DefaultValue("false") boolean frontoffice) {
    }

    /** The password comes from {@code MIDOFFICE_BEHEERDER_WACHTWOORD} (the demo profile: {@code demo}). */
    public record Beheerder(@DefaultValue("beheerder") String gebruikersnaam, String wachtwoord) {
    }

    /**
     * @param na       an aanvraag still ONTVANGEN this long after its last change is sent again
     * @param interval how often to look
     */
    public record Herstel(@DefaultValue("5m") Duration na, @DefaultValue("30s") Duration interval) {
    }

    /**
     * @param interval        how often the relay looks without being woken (each commit that writes to the outbox
     *                        wakes it)
     * @param batch           messages per JMS transaction
     * @param bewaartermijn   how long a published message is kept before the pruning job deletes it
     * @param opruimBatch     published rows deleted per statement (and transaction) of the pruning job
     * @param opruimInterval  how often the pruning job runs
     */
    public record Outbox(@DefaultValue("200ms") Duration interval, @DefaultValue("500") int batch,
            @DefaultValue("3d") Duration bewaartermijn, @DefaultValue("1000") int opruimBatch,
            @DefaultValue("10m") Duration opruimInterval) {

        public Outbox {
            if (bewaartermijn.isNegative() || opruimBatch < 1 || opruimInterval.isNegative()
                    || opruimInterval.isZero()) {
                throw new IllegalArgumentException("midoffice.outbox: bewaartermijn at least 0, opruim-batch at least 1, "
                        + "opruim-interval positive");
            }
        }
    }

    /**
     * Asking the legacy suite, which cannot push, for its zaken's status: often for what is likely to change, seldom
     * for what has been quiet long, never faster than a back office should be asked.
     *
     * @param interval     how often a round looks for zaken that are due; also the shortest time between two
     *                     questions about one zaak
     * @param backoff      a zaak is asked again after this fraction of the time since its status last changed (0.1: a
     *                     zaak quiet for an hour is asked every 6 minutes)
     * @param maxInterval  the longest time between two questions about one open zaak: a clerk's change to a zaak quiet
     *                     for days reaches the citizen within this time
     * @param maxPerSecond questions per second to one back office at most; a round takes {@code maxPerSecond *
     *                     interval} due zaken, most of them the most recently changed, the rest those waiting longest
     */
    public record Statuspolling(@DefaultValue("5s") Duration interval, @DefaultValue("0.1") double backoff,
            @DefaultValue("2h") Duration maxInterval, @DefaultValue("3") int maxPerSecond) {

        public Statuspolling {
            if (maxPerSecond < 1 || backoff < 0 || maxInterval.compareTo(interval) < 0) {
                throw new IllegalArgumentException("midoffice.statuspolling: max-per-second >= 1, backoff >= 0 and "
                        + "max-interval >= interval");
            }
        }

        /** How many zaken one round asks about. */
        public int perRonde() {
            return (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxPerSecond * interval.toMillis() / 1000));
        }
    }
}
