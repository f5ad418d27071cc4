package nl.midoffice.architectuur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import nl.midoffice.midoffice.verbodenheen.Heen;
import nl.midoffice.midoffice.verbodenterug.Terug;

/** {@link Diagram} draws a node per feature package and an arrow per direction of use. */
class DiagramPijlenTest {

    @Test
    void drawsAnArrowForEachDependencyBetweenFeaturePackages() {
        String regels = Diagram.flowchart(new ClassFileImporter().importClasses(Heen.class, Terug.class),
                Diagram::feature);
        assertThat(regels.lines()).containsExactly(
                "    verbodenheen[\"verbodenheen\"]",
                "    verbodenterug[\"verbodenterug\"]",
                "    verbodenheen --> verbodenterug",
                "    verbodenterug --> verbodenheen");
    }
}
