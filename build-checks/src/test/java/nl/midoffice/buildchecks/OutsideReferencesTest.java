package nl.midoffice.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.midoffice.buildchecks.OutsideReferences.Finding;

/**
 * The detector against lines it must refuse and lines it must let pass. The refused lines are assembled from
 * parts ({@link #up(int)}, {@link #S}) so that this file itself stays clean for {@link RepositoryStandsAloneTest}.
 */
class OutsideReferencesTest {

    /** A slash, kept apart so that no bad path appears literally in this file. */
    private static final String S = "/";

    private static String up(int levels) {
        return ".." + S + String.valueOf(".." + S).repeat(levels - 1);
    }

    private static List<Finding> find(String file, String line) {
        return OutsideReferences.find(file, line);
    }

    @Test
    void refusesTheWorkspaceSharedFolder() {
        assertThat(find("README.md", "The design: [DESIGN](" + up(1) + "shared" + S + "DESIGN.md)"))
                .extracting(Finding::rule).contains("the workspace's shared folder");
        assertThat(find("backoffice-adapters/brp/simulator/pom.xml",
                "<brp.openapi>${project.basedir}" + S + up(4) + "shared" + S + "specs" + S + "x.yaml</brp.openapi>"))
                .isNotEmpty();
        assertThat(find("velden.txt", "# the Persoon schema in shared" + S + "specs" + S + "brp.yaml")).hasSize(1);
    }

    @Test
    void refusesAbsolutePathsOfAMachine() {
        assertThat(find("launcher/README.md", "cd " + S + "work" + S + "main && ./mvnw verify"))
                .extracting(Finding::rule).containsExactly("an absolute workspace path");
        assertThat(find("a.properties", "data=" + S + "root" + S + ".m2" + S + "repository")).hasSize(1);
        assertThat(find("a.md", "see " + S + "home" + S + "jan" + S + "projects" + S + "midoffice")).hasSize(1);
        assertThat(find("a.md", "see " + S + "Users" + S + "jan" + S + "midoffice")).hasSize(1);
        assertThat(find("mvnw.cmd", "set X=C:\\" + "Users\\jan\\midoffice")).hasSize(1);
        assertThat(find("a.md", "file:" + S + S + S + "work" + S + "specs")).hasSize(1);
    }

    @Test
    void refusesARelativePathThatClimbsAboveTheRoot() {
        String module = "backoffice-adapters/brp/simulator/";
        assertThat(find(module + "README.md", "[spec](" + up(4) + "specs" + S + "x.yaml)"))
                .extracting(Finding::rule).containsExactly("climbs 4 levels up, above the repository root (3 from here)");
        assertThat(find(module + "pom.xml", "<p>${project.basedir}" + S + up(4) + "other" + S + "x.yaml</p>")).hasSize(1);
        assertThat(find(module + "src/test/java/nl/x/Spec.java", "Path.of(\"" + up(4) + "x.yaml\")")).hasSize(1);
        assertThat(find("README.md", "[up](" + up(1) + "elsewhere.md)")).hasSize(1);
        assertThat(find("docs/a.md", "cd " + up(1) + "..")).hasSize(1);
        assertThat(find(".github/workflows/ci.yml", "run: cat " + up(1) + "x")).hasSize(1);
    }

    /** Lines of a module's test source (3 levels below the root) that stay inside the repository. */
    static Stream<String> linesInside() {
        return Stream.of(
                "[spec](" + up(3) + "specs/brp-api-personen-2.7.0.openapi.yaml)",
                "<brp.openapi>${project.basedir}" + S + up(3) + "specs/brp.yaml</brp.openapi>",
                "<relativePath>" + up(3) + "pom.xml</relativePath>",
                "Path.of(\"" + up(3) + "specs/zgw-zaken-api-1.5.1.openapi.yaml\")",
                "see https://github.com/org/work/tree/main and https://example.nl/home/jan/x",
                "scripts/lint-openapi checks midoffice/src/main/resources/static/api/v1/openapi.json",
                "cd \"$(dirname \"$0\")" + S + "..\" && ls a" + S + up(2) + "b",
                "sharedSecret = shared/secret; the shared/ folder of this module",
                "a range 1..5, and so on...",
                "java -jar ~/work/x.jar and $HOME/work/x, relative to the user",
                "echo \"$ROOT/root/x\"; docs/work/README.md; src/home/user/x");
    }

    @ParameterizedTest
    @MethodSource("linesInside")
    void letsPathsInsideTheRepositoryPass(String line) {
        assertThat(find("backoffice-adapters/brp/simulator/src/test/java/nl/x/Spec.java", line)).isEmpty();
    }

    @Test
    void reportsFileAndLine() {
        assertThat(find("a/b.md", "line one\nline two with " + S + "work" + S + "x\nline three"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.file()).isEqualTo("a/b.md");
                    assertThat(finding.line()).isEqualTo(2);
                    assertThat(finding.text()).isEqualTo("line two with " + S + "work" + S + "x");
                });
    }

    @Test
    void allowedClimbFollowsWherePathsAreResolved() {
        assertThat(OutsideReferences.allowedClimb("README.md")).isZero();
        assertThat(OutsideReferences.allowedClimb("docs/architecture.md")).isEqualTo(1);
        assertThat(OutsideReferences.allowedClimb("midoffice/src/main/java/nl/midoffice/A.java")).isEqualTo(1);
        assertThat(OutsideReferences.allowedClimb("backoffice-adapters/zaken/simulator/pom.xml")).isEqualTo(3);
        assertThat(OutsideReferences.allowedClimb(".github/workflows/ci.yml")).isZero();
    }
}
