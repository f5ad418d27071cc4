package nl.midoffice.adapter.legacysuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The example messages in {@code backoffice-adapters/legacy-suite/examples}, the wire contract with the suite. */
final class Voorbeelden {

    static final LegacySuiteProperties PROPERTIES = new LegacySuiteProperties(true, "http://localhost:8091",
            "MIDOFFICE", "LEGACYSUITE", Duration.ofSeconds(5), 1);

    private Voorbeelden() {
    }

    static String lees(String naam) {
        try {
            return Files.readString(Path.of("../examples", naam));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
