package nl.midoffice.midoffice.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.midoffice.midoffice.security.Burger;

/**
 * A bucket per citizen of a client, with an allowance per client. The key holds the BSN only as a SHA-256 hash, so
 * not even memory keeps it in the clear; it is never logged.
 */
final class BurgerEmmers {

    private final int standaard;
    private final Map<String, Integer> perClient;
    private final Duration periode;
    private final Map<String, Emmers> emmers = new ConcurrentHashMap<>();

    BurgerEmmers(int standaard, Map<String, Integer> perClient, Duration periode) {
        this.standaard = standaard;
        this.perClient = perClient;
        this.periode = periode;
    }

    /** Takes one of this citizen's tokens; empty when there was one, else how long until there is. */
    Optional<Duration> neem(Burger burger) {
        return emmers.computeIfAbsent(burger.clientId(),
                client -> new Emmers(perClient.getOrDefault(client, standaard), periode)).neem(sleutel(burger));
    }

    static String sleutel(Burger burger) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(burger.bsn().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
