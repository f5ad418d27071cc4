package nl.midoffice.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the few gauges the benchmark follows from the Prometheus text format: the depth of each queue
 * ({@code queue:<name>}, dead-letter queues as {@code dlq:<name>}) and the unpublished outbox ({@code outbox}).
 */
final class Prometheus {

    static final String OUTBOX = "outbox";
    private static final Pattern QUEUE = Pattern.compile(
            "^midoffice_queue_messages\\{([^}]*)}\\s+(\\S+)$", Pattern.MULTILINE);
    private static final Pattern QUEUE_NAAM = Pattern.compile("queue=\"([^\"]+)\"");
    private static final Pattern OUTBOX_REGEL = Pattern.compile("^midoffice_outbox_messages(?:\\{[^}]*})?\\s+(\\S+)$",
            Pattern.MULTILINE);

    private Prometheus() {
    }

    static Map<String, Double> gauges(String tekst) {
        Map<String, Double> gauges = new LinkedHashMap<>();
        Matcher m = QUEUE.matcher(tekst);
        while (m.find()) {
            Matcher naam = QUEUE_NAAM.matcher(m.group(1));
            if (naam.find()) {
                String queue = naam.group(1);
                gauges.put((queue.startsWith("DLQ.") ? "dlq:" : "queue:") + queue, Double.valueOf(m.group(2)));
            }
        }
        Matcher outbox = OUTBOX_REGEL.matcher(tekst);
        if (outbox.find()) {
            gauges.put(OUTBOX, Double.valueOf(outbox.group(1)));
        }
        return gauges;
    }

    /** Messages waiting in the outbox and in every queue except the status questions (re-filled each round). */
    static long achterstand(Map<String, Double> gauges) {
        double som = 0;
        for (var e : gauges.entrySet()) {
            if ((e.getKey().startsWith("queue:") && !e.getKey().endsWith("zaakstatus-opvragen"))
                    || e.getKey().equals(OUTBOX)) {
                som += e.getValue().isNaN() ? 0 : e.getValue();
            }
        }
        return Math.round(som);
    }

    static long deadLetters(Map<String, Double> gauges) {
        return Math.round(gauges.entrySet().stream().filter(e -> e.getKey().startsWith("dlq:"))
                .mapToDouble(Map.Entry::getValue).filter(v -> !Double.isNaN(v)).sum());
    }
}
