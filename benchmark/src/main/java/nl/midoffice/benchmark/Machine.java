package nl.midoffice.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the numbers were measured on, and how busy it was before the run (others' load makes them noisy). */
record Machine(int cores, String cpu, long geheugenMiB, String os, String jvm, String javaOpties, String belasting) {

    /** What the launcher gives every app when {@code MIDOFFICE_DEMO_JAVA_OPTS} is not set. */
    static final String STANDAARD_JAVA_OPTIES = "-Xmx512m -XX:TieredStopAtLevel=1 -Xshare:auto";

    static Machine deze() {
        String opties = System.getenv("MIDOFFICE_DEMO_JAVA_OPTS");
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                meminfoKiB("MemTotal:") / 1024, System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                opties == null || opties.isBlank() ? STANDAARD_JAVA_OPTIES : opties.trim(), huidigeBelasting());
    }

    /** The 1, 5 and 15 minute load averages. */
    static String huidigeBelasting() {
        return lees("/proc/loadavg").transform(s -> s.isEmpty() ? "?" : String.join(" ",
                java.util.Arrays.copyOf(s.trim().split("\\s+"), 3)));
    }

    private static String cpuModel() {
        return lees("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(System.getProperty("os.arch"));
    }

    private static long meminfoKiB(String veld) {
        return lees("/proc/meminfo").lines().filter(l -> l.startsWith(veld)).findFirst()
                .map(l -> Long.parseLong(l.substring(veld.length()).trim().split("\\s+")[0]))
                .orElse(Runtime.getRuntime().maxMemory() / 1024);
    }

    private static String lees(String pad) {
        try {
            return Files.readString(Path.of(pad));
        } catch (IOException e) {
            return "";
        }
    }
}
