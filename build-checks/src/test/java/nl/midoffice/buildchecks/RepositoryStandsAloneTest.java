package nl.midoffice.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.midoffice.buildchecks.OutsideReferences.Finding;
import nl.midoffice.buildchecks.RepositoryFiles.Listing;

/**
 * A clone must build, test and read well on its own: no file of the repository may refer to the workspace it
 * was developed in, to a folder of one machine, or above its own root.
 */
class RepositoryStandsAloneTest {

    /** Surefire passes the root; from an IDE the module folder is the working directory. */
    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

    /**
     * The only exception, as file and line: the adapter guide's pom snippets, written for a module three levels
     * down, not resolved from the guide itself.
     */
    private static final Set<String> ALLOWED = Set.of(
            "backoffice-adapters/README.md: <relativePath>" + "../".repeat(3) + "pom.xml</relativePath>");

    @Test
    void nothingInTheRepositoryRefersOutsideIt() throws IOException {
        Listing listing = RepositoryFiles.list(ROOT);
        System.out.printf("Repository check: %d files of %s, %s%n", listing.files().size(), ROOT, listing.how());
        assertThat(listing.files().containsAll(List.of("pom.xml", "README.md", "build-checks/pom.xml")))
                .withFailMessage("the listing misses the repository's own pom.xml, README.md or build-checks/pom.xml")
                .isTrue();

        List<Finding> findings = RepositoryFiles.outsideReferences(ROOT, listing.files()).stream()
                .filter(finding -> !ALLOWED.contains(finding.file() + ": " + finding.text()))
                .toList();
        assertThat(findings)
                .withFailMessage("%d references outside the repository (refer to a file in it, e.g. specs/ or docs/):%n%s",
                        findings.size(), findings.stream().map(Finding::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void everyRelativeLinkInTheDocumentationLeadsToAFileOfTheRepository() throws IOException {
        List<String> files = RepositoryFiles.list(ROOT).files();
        MarkdownLinks links = new MarkdownLinks(files);
        List<String> broken = new ArrayList<>();
        for (String file : files) {
            if (file.endsWith(".md") && Files.isRegularFile(ROOT.resolve(file))) {
                links.broken(file, Files.readString(ROOT.resolve(file))).forEach(link -> broken.add(file + ":" + link));
            }
        }
        assertThat(broken).withFailMessage("%d links lead to no file of the repository:%n%s",
                broken.size(), String.join("\n", broken)).isEmpty();
    }
}
