package nl.midoffice.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * CPU time and memory of the stack's processes, from {@code /proc} (Linux): each app's JVM with its child
 * processes, the mid-office's embedded PostgreSQL server (detached by {@code pg_ctl}, so found through its
 * {@code postmaster.pid}) with its backends, and the benchmark itself. Elsewhere every figure reads 0.
 */
final class Processen {

    /** CPU ticks per second of {@code /proc/<pid>/stat}; 100 on every common Linux. */
    static final long TICKS = 100;

    /** CPU seconds so far, per group. */
    record Cpu(Map<String, Double> seconden) {
        Map<String, Double> sinds(Cpu eerder) {
            Map<String, Double> verschil = new LinkedHashMap<>();
            seconden.forEach((g, s) -> verschil.put(g, s - eerder.seconden.getOrDefault(g, 0.0)));
            return verschil;
        }
    }

    /** Resident memory per group: RSS (shared pages counted in every process) and PSS (shared pages divided). */
    record Geheugen(String groep, long rssKiB, long pssKiB, int processen) {
    }

    private final Map<String, Supplier<Set<Long>>> groepen = new LinkedHashMap<>();

    /** A group: one process and, at the time of each reading, all of its descendants. */
    void voegToe(String groep, Supplier<ProcessHandle> proces) {
        groepen.put(groep, () -> {
            ProcessHandle p = proces.get();
            Set<Long> pids = new LinkedHashSet<>();
            if (p != null && p.isAlive()) {
                pids.add(p.pid());
                p.descendants().forEach(d -> pids.add(d.pid()));
            }
            return pids;
        });
    }

    /** The PostgreSQL server of a data directory: the pid in its {@code postmaster.pid}, if it runs. */
    static ProcessHandle postgres(Path dataDirectory) {
        try {
            List<String> regels = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return regels.isEmpty() ? null : ProcessHandle.of(Long.parseLong(regels.get(0).trim())).orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    Cpu cpu() {
        Map<String, Double> seconden = new LinkedHashMap<>();
        perGroep().forEach((groep, pids) -> seconden.put(groep,
                pids.stream().mapToLong(Processen::ticks).sum() / (double) TICKS));
        return new Cpu(seconden);
    }

    List<Geheugen> geheugen() {
        return perGroep().entrySet().stream().map(e -> new Geheugen(e.getKey(),
                e.getValue().stream().mapToLong(p -> kib(p, "status", "VmRSS:")).sum(),
                e.getValue().stream().mapToLong(p -> kib(p, "smaps_rollup", "Pss:")).sum(), e.getValue().size()))
                .toList();
    }

    /** The pids of each group now; a process counts in the first group that has it (PostgreSQL is added first). */
    private Map<String, Set<Long>> perGroep() {
        Set<Long> gezien = new LinkedHashSet<>();
        Map<String, Set<Long>> perGroep = new LinkedHashMap<>();
        groepen.forEach((groep, pids) -> {
            Set<Long> eigen = new LinkedHashSet<>(pids.get());
            eigen.removeAll(gezien);
            gezien.addAll(eigen);
            perGroep.put(groep, eigen);
        });
        return perGroep;
    }

    /** utime + stime + cutime + cstime: the process's own CPU and that of children it has reaped. */
    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] velden = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, so utime (14) .. cstime (17) are at 11 .. 14
            return Long.parseLong(velden[11]) + Long.parseLong(velden[12]) + Long.parseLong(velden[13])
                    + Long.parseLong(velden[14]);
        } catch (IOException | RuntimeException e) {
            return 0; // gone meanwhile, or not Linux
        }
    }

    private static long kib(long pid, String bestand, String veld) {
        try {
            for (String regel : Files.readAllLines(Path.of("/proc", String.valueOf(pid), bestand))) {
                if (regel.startsWith(veld)) {
                    return Long.parseLong(regel.substring(veld.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone meanwhile, or not Linux
        }
        return 0;
    }
}
