package nl.midoffice.adapter.zaken;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the zaken adapter; the defaults run the demo against the zaken simulator on port 8093 and the
 * mid-office on port 8081. The two secrets have no default: the host sets them (the mid-office's demo profile
 * gives the published demo values).
 *
 * @param enabled             whether the adapter's routes run in this process
 * @param url                 base URL of the zaaksysteem; the Zaken API is at {@code <url>/zaken/api/v1}
 * @param clientId            ZGW JWT client id ({@code iss} and {@code client_id})
 * @param secret              the client's shared HS256 secret (at least 32 bytes)
 * @param timeout             connect and response timeout of one HTTP call
 * @param concurrentConsumers at most this many consumers of the command queue (one while it is idle)
 * @param rsins               RSIN of each municipality by CBS code: the zaak's bronorganisatie; added to the demo's
 *                            Lindeveen (9001) and Bergdal (9002)
 * @param zaaktypen           zaaktype URL per product id; added to the three products of the simulator's catalogue
 * @param roltypeInitiator    roltype URL of the initiator; default the simulator's catalogue
 * @param statustypeOntvangen statustype URL of a zaak's first status; default the simulator's "Ontvangen"
 * @param abonneren           subscribe to the zaaksysteem's notifications at start-up, through the Notificaties API
 * @param callbackUrl         where the zaaksysteem sends notifications; Spring placeholders are resolved when the
 *                            subscription is made (e.g. {@code ${local.server.port}})
 * @param callbackSecret      the zaaksysteem must send {@code Authorization: Bearer <callbackSecret>}
 * @param abonnerenRoutePolicy the Camel registry name of a route policy for the subscription route, e.g. a
 *                            {@code ClusteredRoutePolicy} so that of several instances only one subscribes and renews;
 *                            empty: none, every process subscribes
 * @param notificatiesApi     base URL of the Notificaties API (ZGW Notificaties API 1.0, {@code .../api/v1}) where
 *                            the adapter takes its abonnement; default the simulator's, {@code <url>/notificaties/api/v1}
 */
@ConfigurationProperties(ZakenProperties.PREFIX)
public record ZakenProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8093") String url,
        @DefaultValue("midoffice") String clientId,
        String secret,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("4") int concurrentConsumers,
        Map<String, String> rsins,
        Map<String, String> zaaktypen,
        String roltypeInitiator,
        String statustypeOntvangen,
        @DefaultValue("true") boolean abonneren,
        @DefaultValue("http://localhost:8081/api/v1/callbacks/zaken") String callbackUrl,
        String callbackSecret,
        String abonnerenRoutePolicy,
        String notificatiesApi) {

    /** The settings' prefix, also of the routes' {@code {{placeholders}}} (camel-support's {@code Instellingen}). */
    public static final String PREFIX = "midoffice.adapters.zaken";
    /** Base path of the Zaken API under {@link #url}. */
    public static final String ZAKEN_API = "/zaken/api/v1";
    static final String CATALOGI_API = "/catalogi/api/v1";
    /** Where the zaken simulator serves the Notificaties API. */
    static final String NOTIFICATIES_API = "/notificaties/api/v1";
    /** The demo municipalities' RSINs: fictitious, chosen to pass the 11-proef and to show the CBS code. */
    static final Map<String, String> DEMO_RSINS = Map.of("9001", "009001001", "9002", "009002005");

    public ZakenProperties {
        if (secret == null || secret.isBlank() || callbackSecret == null || callbackSecret.isBlank()) {
            throw new IllegalArgumentException("midoffice.adapters.zaken.secret and .callback-secret must be set");
        }
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        rsins = samen(DEMO_RSINS, rsins);
        zaaktypen = samen(Map.of(
                "melding-openbare-ruimte", url + CATALOGI_API + "/zaaktypen/1f0c8a52-3b6e-4d2a-9c1e-5a7b00000001",
                "verhuizing", url + CATALOGI_API + "/zaaktypen/1f0c8a52-3b6e-4d2a-9c1e-5a7b00000002",
                "parkeervergunning", url + CATALOGI_API + "/zaaktypen/1f0c8a52-3b6e-4d2a-9c1e-5a7b00000003"), zaaktypen);
        roltypeInitiator = leeg(roltypeInitiator)
                ? url + CATALOGI_API + "/roltypen/3b7e5d72-8f40-4c26-9e31-7d9f00000001" : roltypeInitiator;
        statustypeOntvangen = leeg(statustypeOntvangen)
                ? url + CATALOGI_API + "/statustypen/2a9d4c61-7e3f-4b15-8d20-6c8e00000001" : statustypeOntvangen;
        notificatiesApi = leeg(notificatiesApi) ? url + NOTIFICATIES_API
                : notificatiesApi.endsWith("/") ? notificatiesApi.substring(0, notificatiesApi.length() - 1)
                : notificatiesApi;
    }

    /** The Zaken API's collection of a resource, e.g. {@code zaken}. */
    String zakenApi(String resource) {
        return url + ZAKEN_API + "/" + resource;
    }

    private static Map<String, String> samen(Map<String, String> standaard, Map<String, String> eigen) {
        Map<String, String> samen = new LinkedHashMap<>(standaard);
        if (eigen != null) {
            samen.putAll(eigen);
        }
        return Map.copyOf(samen);
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    @Override
    public String toString() {
        // never print the secrets
        return "ZakenProperties[url=" + url + ", clientId=" + clientId + ", rsins=" + rsins + ", zaaktypen="
                + zaaktypen + ", callbackUrl=" + callbackUrl + ", notificatiesApi=" + notificatiesApi + "]";
    }
}
