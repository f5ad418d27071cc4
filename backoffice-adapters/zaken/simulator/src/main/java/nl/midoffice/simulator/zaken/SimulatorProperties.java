package nl.midoffice.simulator.zaken;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything that can be tuned about the simulated zaaksysteem; the defaults run the demo.
 * The failure-mode settings ({@code simulator.standaard-vertraging-ms}, {@code simulator.gedrag.*}) are
 * simulator-support's {@link nl.midoffice.simulator.support.gedrag.GedragProperties}.
 *
 * @param basisUrl              scheme, host and port put in front of every resource URL; empty: taken from
 *                              the request (Open Zaak uses a fixed site domain; set this behind a proxy)
 * @param clients               ZGW JWT clients by client_id: shared HS256 secret and scopes
 * @param jwtMaxLeeftijd        how old a token's {@code iat} may be
 * @param klokAfwijking         tolerance for clocks that run apart, on both sides of {@code iat}
 * @param paginagrootte         results per page of a list, as Open Zaak (100)
 * @param notificaties          delivery of notifications to subscribers
 * @param tijdzone              zone of calendar dates (registratiedatum, einddatum) and of the web page
 */
@ConfigurationProperties(prefix = "simulator")
public record SimulatorProperties(
        @DefaultValue("") String basisUrl,
        Map<String, Client> clients,
        @DefaultValue("1h") Duration jwtMaxLeeftijd,
        @DefaultValue("30s") Duration klokAfwijking,
        @DefaultValue("100") int paginagrootte,
        @DefaultValue Notificaties notificaties,
        @DefaultValue("Europe/Amsterdam") String tijdzone) {

    public SimulatorProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /**
     * @param secret HS256 shared secret, at least 32 bytes (256 bits) as HS256 requires
     * @param scopes the ZGW scopes (autorisaties) this client holds
     */
    public record Client(String secret,
                         @DefaultValue({"zaken.lezen", "zaken.aanmaken", "zaken.bijwerken",
                                 "zaken.statussen.toevoegen", "zaken.heropenen",
                                 "notificaties.consumeren"}) List<String> scopes) {
    }

    /**
     * @param pogingen         attempts per subscriber before a delivery counts as failed
     * @param eersteWachttijd  wait before the second attempt; doubles for every next one
     * @param timeout          connect and answer timeout of one attempt
     * @param bewaard          how many notifications the log (web page, control API) keeps
     */
    public record Notificaties(@DefaultValue("4") int pogingen,
                               @DefaultValue("1s") Duration eersteWachttijd,
                               @DefaultValue("5s") Duration timeout,
                               @DefaultValue("200") int bewaard) {
    }
}
