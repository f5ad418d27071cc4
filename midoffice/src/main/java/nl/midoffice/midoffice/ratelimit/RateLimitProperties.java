package nl.midoffice.midoffice.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one citizen, account or address may ask. The defaults let a person, the demo and the acceptance checks
 * through and stop floods; the stack tests raise {@code indienen.per-burger} (they submit hundreds of aanvragen for a
 * few test citizens within a minute).
 *
 * @param indienen submissions ({@code POST /api/v1/aanvragen})
 * @param inloggen failed logins on the console and on HTTP Basic
 * @param stromen  live streams ({@code GET /api/v1/aanvragen/gebeurtenissen})
 */
@ConfigurationProperties("midoffice.ratelimit")
public record RateLimitProperties(
        @DefaultValue Indienen indienen,
        @DefaultValue Inloggen inloggen,
        @DefaultValue Stromen stromen) {

    /**
     * @param perBurger submissions per citizen per {@code periode}, counted per client (valid or not)
     * @param periode   the window; a full allowance comes back over it, evenly
     * @param perClient {@code perBurger} for one client, by client id
     */
    public record Indienen(@DefaultValue("60") int perBurger, @DefaultValue("1m") Duration periode,
            Map<String, Integer> perClient) {

        public Indienen {
            perClient = perClient == null ? Map.of() : Map.copyOf(perClient);
        }
    }

    /**
     * @param perAccount failed logins per user name per {@code periode}; then the account waits (also with the right
     *                   password) until the allowance comes back
     * @param perAdres   failed logins per client address per {@code periode}
     * @param periode    the window
     */
    public record Inloggen(@DefaultValue("5") int perAccount, @DefaultValue("20") int perAdres,
            @DefaultValue("1m") Duration periode) {
    }

    /**
     * @param perBurger streams a citizen may open per {@code periode} (reconnects included)
     * @param periode   the window
     * @param totaal    open streams of this instance at most
     * @param perClient {@code perBurger} for one client, by client id
     */
    public record Stromen(@DefaultValue("30") int perBurger, @DefaultValue("1m") Duration periode,
            @DefaultValue("1000") int totaal, Map<String, Integer> perClient) {

        public Stromen {
            perClient = perClient == null ? Map.of() : Map.copyOf(perClient);
        }
    }
}
