package nl.midoffice.simulator.zaken.auth;

import java.util.List;
import java.util.Set;

/**
 * The Zaken API and Notificaties API scopes this simulator checks, and which operation needs which (from the
 * specs' security sections).
 */
public final class Scopes {

    public static final String LEZEN = "zaken.lezen";
    public static final String AANMAKEN = "zaken.aanmaken";
    public static final String BIJWERKEN = "zaken.bijwerken";
    public static final String GEFORCEERD_BIJWERKEN = "zaken.geforceerd-bijwerken";
    public static final String STATUSSEN_TOEVOEGEN = "zaken.statussen.toevoegen";
    public static final String HEROPENEN = "zaken.heropenen";
    public static final String NOTIFICATIES_CONSUMEREN = "notificaties.consumeren";
    public static final String NOTIFICATIES_PUBLICEREN = "notificaties.publiceren";

    private static final String API = "/zaken/api/v1/";
    private static final String NOTIFICATIES_API = "/notificaties/api/v1/";

    private Scopes() {
    }

    /** Any one of these is enough for the call; an empty set means the call is not an API operation we guard. */
    static Set<String> nodigVoor(String methode, String pad) {
        if (pad.startsWith(NOTIFICATIES_API)) {
            // abonnement: reading needs either scope, every change notificaties.consumeren
            return "GET".equals(methode) || "HEAD".equals(methode)
                    ? Set.of(NOTIFICATIES_CONSUMEREN, NOTIFICATIES_PUBLICEREN) : Set.of(NOTIFICATIES_CONSUMEREN);
        }
        if (!pad.startsWith(API)) {
            return Set.of();
        }
        String resource = pad.substring(API.length()).split("/")[0];
        if ("GET".equals(methode) || "HEAD".equals(methode)) {
            return Set.of(LEZEN);
        }
        if ("POST".equals(methode)) {
            return switch (resource) {
                case "zaken" -> Set.of(AANMAKEN);
                case "statussen" -> Set.of(AANMAKEN, STATUSSEN_TOEVOEGEN, HEROPENEN);
                case "rollen" -> Set.of(BIJWERKEN, GEFORCEERD_BIJWERKEN);
                default -> Set.of(BIJWERKEN);
            };
        }
        return Set.of(BIJWERKEN);
    }

    static boolean heeftEenVan(List<String> scopes, Set<String> nodig) {
        return nodig.isEmpty() || scopes.stream().anyMatch(nodig::contains);
    }
}
