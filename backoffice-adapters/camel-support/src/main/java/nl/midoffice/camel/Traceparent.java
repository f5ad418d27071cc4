package nl.midoffice.camel;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The W3C trace context ({@code traceparent} header) every adapter sends with a call to its system. The
 * mid-office's correlation ids are UUIDs, whose 32 hex digits are the trace id, so the system's logs can be
 * joined with ours; each call is a span of its own with a fresh span id, and is marked sampled.
 */
public final class Traceparent {

    /** The HTTP header's name. */
    public static final String HEADER = "traceparent";

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Traceparent() {
    }

    /**
     * {@code 00-<the correlation id's 32 hex digits>-<random span id>-01}, or null when the correlation id is not a
     * lower-case UUID (no trace id can be derived from it; the call then goes without trace context).
     */
    public static String van(String correlationId) {
        if (correlationId == null || !UUID.matcher(correlationId).matches()) {
            return null;
        }
        String spanId = String.format("%016x", ThreadLocalRandom.current().nextLong());
        return "00-" + correlationId.replace("-", "") + "-" + spanId + "-01";
    }
}
