package nl.midoffice.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.midoffice.buildchecks.OutsideReferences.Finding;
import nl.midoffice.buildchecks.RepositoryFiles.Listing;

/** Which files the check reads, on a small repository made up in a temporary folder. */
class RepositoryFilesTest {

    private static final String BAD = "cd " + "/" + "work" + "/main\n";

    @TempDir
    Path root;

    private void write(String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void withoutGitWalksTheTreeButNotBuildOutputOrLocalData() throws IOException {
        write("README.md", "fine\n");
        write("module/README.md", BAD);
        write("module/target/classes/README.md", BAD);
        write("data/midoffice.log", BAD);
        write("node_modules/x/index.js", BAD);

        Listing listing = RepositoryFiles.list(root);

        assertThat(listing.how()).contains("every file");
        assertThat(listing.files()).containsExactlyInAnyOrder("README.md", "module/README.md");
        assertThat(RepositoryFiles.outsideReferences(root, listing.files()))
                .extracting(Finding::file).containsExactly("module/README.md");
    }

    @Test
    void skipsBinaryFiles() throws IOException {
        Files.write(root.resolve("image.png"), ("\u0089PNG\0\0" + BAD).getBytes());
        write("notes.txt", BAD);

        assertThat(RepositoryFiles.outsideReferences(root, List.of("image.png", "notes.txt")))
                .extracting(Finding::file).containsExactly("notes.txt");
    }

    @Test
    void inAGitCheckoutReadsOnlyTrackedFiles() throws Exception {
        assumeTrue(git("init", "-q"), "git is not installed");
        write("tracked.md", BAD);
        write("untracked.md", BAD);
        assertThat(git("add", "tracked.md")).isTrue();

        Listing listing = RepositoryFiles.list(root);

        assertThat(listing.how()).contains("git ls-files");
        assertThat(listing.files()).containsExactly("tracked.md");
    }

    private boolean git(String... arguments) throws InterruptedException {
        try {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(arguments));
            return new ProcessBuilder(command).directory(root.toFile()).redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
