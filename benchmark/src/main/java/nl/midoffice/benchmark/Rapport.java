package nl.midoffice.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a run as {@code benchmark-report.md}, {@code benchmark-report.json} and the plots of {@link Grafieken}. */
final class Rapport {

    static final String MARKDOWN = "benchmark-report.md";
    static final String JSON = "benchmark-report.json";
    /** The process groups in the order the tables show them. */
    private static final List<String> GROEPEN = List.of("midoffice", "postgresql", "legacy-suite", "brp", "zaken",
            "vergunningen", "portal", "benchmark");

    private final Resultaat r;

    Rapport(Resultaat resultaat) {
        this.r = resultaat;
    }

    void schrijf(Path map) throws IOException {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(map.resolve(JSON), json.writeValueAsString(r));
        Files.writeString(map.resolve(MARKDOWN), markdown());
        Grafieken.schrijf(r, map);
        Benchmark.log("report: " + map.resolve(MARKDOWN));
    }

    static Map<String, Object> instellingen(Instellingen i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intakeRates", i.intakeRates());
        m.put("intakeSeconden", i.intakeDuur().toSeconds());
        m.put("burst", i.burst());
        m.put("gelijktijdig", i.gelijktijdig());
        m.put("brokerSeconden", i.brokerDuur().toSeconds());
        m.put("stilSeconden", i.stil().toSeconds());
        m.put("burgers", i.burgers());
        m.put("midofficeArgs", i.midofficeArgs());
        m.put("producten", i.producten());
        m.put("modi", i.modi());
        return m;
    }

    /** The targets of issue 12 with what this run reached. */
    static String samenvatting(Resultaat r) {
        var route1 = r.route1Melding();
        var intake300 = intake(r, 300);
        var intake500 = intake(r, 500);
        Double schaduw = r.schaduwKostenProcent();
        long rss = totaalKiB(r.geheugenNaRun(), true);
        Double leeg = r.doorvoer().stream().map(DoorvoerMeting.Uitkomst::leegNaSeconden)
                .map(v -> v == null ? Double.POSITIVE_INFINITY : v).max(Double::compare).orElse(null);
        StringBuilder s = new StringBuilder("| target | aim | measured | met |\n|---|---|---|---|\n");
        doel(s, "end to end, melding route 1 (required)", "≥ 300 aanvragen/s",
                route1 == null ? null : route1.aanvragenPerSeconde(), "%.0f aanvragen/s", v -> v >= 300);
        doel(s, "intake at 300/s, p99 (required)", "≤ 50 ms", intake300 == null ? null : intake300.p99(), "%.1f ms",
                v -> v <= 50);
        doel(s, "intake at 500/s, p99", "≤ 25 ms", intake500 == null ? null : intake500.p99(), "%.1f ms",
                v -> v <= 25);
        doel(s, "SHADOW's throughput cost against LEGACY (Bergdal melding)", "≤ 15 %", schaduw, "%.1f %%",
                v -> v <= 15);
        doel(s, "whole stack ready after start (fresh data)", "≤ 30 s", r.koudeStartSeconden(), "%.1f s",
                v -> v <= 30);
        doel(s, "total RSS of all processes after the run (PSS " + mib(totaalKiB(r.geheugenNaRun(), false)) + ")",
                "≤ 2048 MiB", rss / 1024.0, "%.0f MiB", v -> v <= 2048);
        doel(s, "outbox and queues empty after the last registration (worst burst)", "≤ 10 s", leeg, "%.1f s",
                v -> v <= 10);
        return s.toString();
    }

    private static void doel(StringBuilder s, String wat, String doel, Double waarde, String formaat,
            java.util.function.DoublePredicate gehaald) {
        String gemeten = waarde == null ? "not measured"
                : waarde.isInfinite() ? "not within 60 s" : formaat.formatted(waarde);
        s.append("| ").append(wat).append(" | ").append(doel).append(" | ").append(gemeten).append(" | ")
                .append(waarde == null ? "–" : gehaald.test(waarde) ? "yes" : "**no**").append(" |\n");
    }

    static IntakeMeting.Uitkomst intake(Resultaat r, int rate) {
        return r.intake().stream().filter(i -> i.rate() == rate).findFirst().orElse(null);
    }

    /** Sum over the stack's process groups (the benchmark itself left out). */
    static long totaalKiB(List<Processen.Geheugen> geheugen, boolean rss) {
        return geheugen.stream().filter(g -> !g.groep().equals("benchmark"))
                .mapToLong(g -> rss ? g.rssKiB() : g.pssKiB()).sum();
    }

    static String mib(long kib) {
        return "%.0f MiB".formatted(kib / 1024.0);
    }

    private String markdown() {
        return new RapportMarkdown(r, GROEPEN).toString();
    }

    static String getal(Double v, String formaat) {
        return Objects.isNull(v) ? "–" : formaat.formatted(v);
    }
}
