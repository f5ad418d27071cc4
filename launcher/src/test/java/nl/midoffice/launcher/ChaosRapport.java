package nl.midoffice.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The chaos run's short Markdown report: what was done when, and what came of it. */
final class ChaosRapport {

    private long start = System.nanoTime();
    private final List<String> tijdlijn = new ArrayList<>();
    private final Map<String, Object> uitkomst = new LinkedHashMap<>();

    /** The run starts now (the stack may have taken a while to start before). */
    synchronized void begin() {
        start = System.nanoTime();
    }

    /** Notes an event at the time since the start of the run (also printed, as the tests print their timings). */
    synchronized void gebeurtenis(String wat) {
        String regel = String.format("%7.1f s  %s", TestStack.sinds(start) / 1000.0, wat);
        tijdlijn.add(regel);
        System.out.println("[ChaosIT] " + regel);
    }

    synchronized void uitkomst(String wat, Object waarde) {
        uitkomst.put(wat, waarde);
    }

    long sindsStartMs() {
        return TestStack.sinds(start);
    }

    Path schrijf(String titel, Map<String, Object> instellingen) throws IOException {
        StringBuilder md = new StringBuilder("# " + titel + "\n\n").append("Run of ").append(Instant.now())
                .append(" (launcher `ChaosIT`).\n\n## Settings\n\n| setting | value |\n|---|---|\n");
        instellingen.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n## Timeline\n\n```\n");
        tijdlijn.forEach(r -> md.append(r).append('\n'));
        md.append("```\n\n## Result\n\n| what | number |\n|---|---|\n");
        uitkomst.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Path bestand = Path.of("target", "chaos-report.md").toAbsolutePath();
        Files.writeString(bestand, md);
        System.out.println("[ChaosIT] report: " + bestand);
        return bestand;
    }
}
