package nl.midoffice.benchmark;

import java.util.List;
import java.util.Map;

/** The Markdown report of a run: machine, targets, and a table per measurement. */
final class RapportMarkdown {

    private final Resultaat r;
    private final List<String> groepen;
    private final StringBuilder s = new StringBuilder();

    RapportMarkdown(Resultaat r, List<String> groepen) {
        this.r = r;
        this.groepen = groepen;
    }

    @Override
    public String toString() {
        Machine m = r.machine();
        s.append("# Mid-office benchmark\n\n").append("Run of ").append(r.tijdstip()).append(" with ")
                .append(r.instellingen()).append(".\n\n");
        s.append("| machine | |\n|---|---|\n")
                .append("| cores | ").append(m.cores()).append(" (").append(m.cpu()).append(") |\n")
                .append("| memory | ").append(m.geheugenMiB()).append(" MiB |\n")
                .append("| OS | ").append(m.os()).append(" |\n")
                .append("| JVM (benchmark and apps) | ").append(m.jvm()).append(" |\n")
                .append("| JVM options of each app | `").append(m.javaOpties()).append("` |\n")
                .append("| load average before / after (1, 5, 15 min) | ").append(m.belasting()).append(" / ")
                .append(r.belastingNaRun()).append(" |\n\n");
        s.append("Everything runs on this one machine: the six apps, PostgreSQL, the broker and the load generator. "
                + "A load average above zero before the run means others used the cores too: then the numbers are "
                + "noisy.\n\n## Targets\n\n").append(Rapport.samenvatting(r)).append('\n');
        broker();
        intake();
        doorvoer();
        stil();
        geheugen();
        s.append("## Plots\n\n![intake latency](").append(Grafieken.LATENTIE).append(")\n\n");
        Verzoeken.PRODUCTEN.forEach(p -> s.append("![backlog ").append(p).append("](").append(Grafieken.backlog(p))
                .append(")\n\n"));
        return s.toString();
    }

    private void broker() {
        s.append("## Raw broker throughput (same embedded broker, same run)\n\n")
                .append("Persistent, 1 KiB, one producer and one consumer over the TCP acceptor.\n\n")
                .append("| in flight | msg/s | messages | s |\n|---|---|---|---|\n");
        r.broker().forEach(b -> s.append("| %d | %.0f | %d | %.1f |\n".formatted(b.inFlight(),
                b.berichtenPerSeconde(), b.berichten(), b.seconden())));
        s.append('\n');
    }

    private void intake() {
        s.append("## Intake latency (open model, meldingen in both municipalities)\n\n")
                .append("| rate /s | sent | 202 | errors | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms "
                        + "| all registered after the last POST |\n|---|---|---|---|---|---|---|---|---|---|\n");
        r.intake().forEach(i -> s.append("| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |\n".formatted(
                i.rate(), i.verzonden(), i.geaccepteerd(), i.fouten(), i.p50(), i.p95(), i.p99(), i.p999(), i.max(),
                Rapport.getal(r.intakeAfhandeling().get(i.rate()), "%.1f s"))));
        s.append('\n');
    }

    private void doorvoer() {
        double ruw = r.brokerEenInFlight();
        s.append("## End to end (burst; until the last aanvraag has its first back-office status)\n\n")
                .append("CPU in ms per aanvraag for each process group (midoffice includes its embedded broker).\n\n")
                .append("| product | gemeente | mode | N | registered | POSTs failed | afgewezen | intake s | end to end s "
                        + "| aanvragen/s | ÷ raw msg/s | backlog empty after | CPU ms/aanvraag: ")
                .append(String.join(" / ", groepen)).append(" |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (DoorvoerMeting.Uitkomst d : r.doorvoer()) {
            StringBuilder cpu = new StringBuilder();
            for (String groep : groepen) {
                double sec = d.cpuSeconden().getOrDefault(groep, 0.0);
                cpu.append(cpu.isEmpty() ? "" : " / ").append("%.1f".formatted(d.klaar() == 0 ? 0 : 1000 * sec / d.klaar()));
            }
            s.append("| %s | %s | %s | %d | %d | %s | %d | %.1f | %.1f | %.0f | %.3f | %s | %s |\n".formatted(d.product(),
                    d.gemeente(), d.modus(), d.aantal(), d.klaar(), d.fouten() == 0 ? "0" : d.foutsoorten(),
                    d.afgewezen(), d.intakeSeconden(), d.seconden(),
                    d.aanvragenPerSeconde(), ruw == 0 ? 0 : d.aanvragenPerSeconde() / ruw,
                    Rapport.getal(d.leegNaSeconden(), "%.1f s"), cpu));
        }
        s.append('\n');
    }

    private void stil() {
        s.append("## Idle CPU after the run (cores busy, nothing submitted)\n\n| ")
                .append(String.join(" | ", r.stilCpuKernen().keySet())).append(" | total |\n|")
                .append("---|".repeat(r.stilCpuKernen().size() + 1)).append("\n|");
        r.stilCpuKernen().values().forEach(v -> s.append(" %.3f |".formatted(v)));
        s.append(" %.3f |\n\n".formatted(r.stilCpuKernen().values().stream().mapToDouble(Double::doubleValue).sum()));
    }

    private void geheugen() {
        s.append("## Memory per process group (RSS counts shared pages in every process; PSS divides them)\n\n")
                .append("| group | processes | RSS after start | PSS after start | RSS after run | PSS after run |\n")
                .append("|---|---|---|---|---|---|\n");
        Map<String, Processen.Geheugen> start = new java.util.HashMap<>();
        r.geheugenNaStart().forEach(g -> start.put(g.groep(), g));
        for (Processen.Geheugen g : r.geheugenNaRun()) {
            Processen.Geheugen b = start.getOrDefault(g.groep(), new Processen.Geheugen(g.groep(), 0, 0, 0));
            s.append("| %s | %d | %s | %s | %s | %s |\n".formatted(g.groep(), g.processen(), Rapport.mib(b.rssKiB()),
                    Rapport.mib(b.pssKiB()), Rapport.mib(g.rssKiB()), Rapport.mib(g.pssKiB())));
        }
        s.append("| **stack total** (without the benchmark) | | %s | %s | %s | %s |\n\n".formatted(
                Rapport.mib(Rapport.totaalKiB(r.geheugenNaStart(), true)),
                Rapport.mib(Rapport.totaalKiB(r.geheugenNaStart(), false)),
                Rapport.mib(Rapport.totaalKiB(r.geheugenNaRun(), true)),
                Rapport.mib(Rapport.totaalKiB(r.geheugenNaRun(), false))));
    }
}
