package nl.midoffice.midoffice;

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
 * @param consumers     concurrent consumers of each of the mid-office's own queues (aanvragen, results); results for
 *                      one aanvraag still apply one at a time (its row is locked)
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
        @DefaultValue("4") int consumers) {

    public MidofficeProperties {
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
     * @param interval how often the relay looks without being woken (each commit that writes to the outbox wakes it)
     * @param batch    messages per JMS transaction
     */
    public record Outbox(@DefaultValue("200ms") Duration interval, @DefaultValue("500") int batch) {
    }

    public record Statuspolling(@DefaultValue("5s") Duration interval, @DefaultValue("500") int batch) {
    }
}
