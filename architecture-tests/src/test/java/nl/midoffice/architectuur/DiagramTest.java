package nl.midoffice.architectuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * {@code docs/architecture-diagram.md} is what {@link Diagram} draws from the code today (the classes of
 * {@link ArchitectuurTest}, imported once for both). Out of date, this test fails;
 * {@code -Darchitectuur.diagram.bijwerken=true} draws it again instead.
 */
@AnalyzeClasses(packages = "nl.midoffice", importOptions = ImportOption.DoNotIncludeTests.class)
class DiagramTest {

    static final String BIJWERKEN = "architectuur.diagram.bijwerken";

    @ArchTest
    static void committedDiagramMatchesTheCode(JavaClasses klassen) throws IOException {
        String getekend = Diagram.markdown(klassen);
        Path bestand = Path.of(System.getProperty("repository.root", "..")).resolve("docs/architecture-diagram.md");
        if (Boolean.getBoolean(BIJWERKEN)) {
            Files.writeString(bestand, getekend);
        }
        String vastgelegd = Files.exists(bestand) ? Files.readString(bestand).replace("\r\n", "\n") : "";
        assertThat(vastgelegd)
                .as("docs/architecture-diagram.md no longer matches the code; draw it again with -D%s=true", BIJWERKEN)
                .isEqualTo(getekend);
    }
}
