package nl.midoffice.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the stack's output goes in tests: into a file, so the console shows only what the tests print, and
 * kept in memory, so a test can count what the apps logged while it ran (such as failed deliveries).
 */
final class Logboek extends PrintStream {

    private final Path bestand;
    private final List<String> regels = new ArrayList<>();

    Logboek(Path bestand) throws IOException {
        super(Files.newOutputStream(bestand), true, StandardCharsets.UTF_8);
        this.bestand = bestand;
    }

    @Override
    public void println(String regel) {
        synchronized (regels) {
            regels.add(regel);
        }
        super.println(regel);
    }

    Path bestand() {
        return bestand;
    }

    /** The number of lines so far: pass it to {@link #aantalSinds} to count only what came after. */
    int positie() {
        synchronized (regels) {
            return regels.size();
        }
    }

    /** The lines since {@code positie} that contain {@code fragment}. */
    java.util.List<String> regelsSinds(int positie, String fragment) {
        synchronized (regels) {
            return regels.subList(positie, regels.size()).stream().filter(r -> r.contains(fragment)).toList();
        }
    }

    long aantalSinds(int positie, String fragment) {
        synchronized (regels) {
            return regels.subList(positie, regels.size()).stream().filter(r -> r.contains(fragment)).count();
        }
    }
}
