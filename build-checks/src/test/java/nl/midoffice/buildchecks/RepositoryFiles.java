package nl.midoffice.buildchecks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.midoffice.buildchecks.OutsideReferences.Finding;

/**
 * The files of the repository and what in them refers outside it. In a git checkout those are the tracked
 * files ({@code git ls-files}); without git (a downloaded archive, or git missing) every file but build output,
 * local data and IDE settings.
 */
final class RepositoryFiles {

    record Listing(String how, List<String> files) {
    }

    static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "data", "node_modules", ".git", ".idea", ".vscode");
    private static final int BINARY_PROBE = 8000;

    private RepositoryFiles() {
    }

    static Listing list(Path root) throws IOException {
        if (Files.exists(root.resolve(".git"))) {
            Optional<List<String>> tracked = tracked(root);
            if (tracked.isPresent()) {
                return new Listing("tracked files (git ls-files)", tracked.get());
            }
        }
        return new Listing("every file in the tree (no usable git)", walk(root));
    }

    static List<Finding> outsideReferences(Path root, List<String> files) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (String file : files) {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path)) {
                continue; // tracked but deleted in the working tree
            }
            byte[] bytes = Files.readAllBytes(path);
            if (!binary(bytes)) {
                findings.addAll(OutsideReferences.find(file, new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        return findings;
    }

    /** Git's own rule: a NUL byte near the start means binary. */
    static boolean binary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Empty when git is missing or refuses (e.g. a checkout owned by another user). */
    private static Optional<List<String>> tracked(Path root) {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(Redirect.DISCARD).start();
            byte[] out;
            try (InputStream in = git.getInputStream()) {
                out = in.readAllBytes();
            }
            if (git.waitFor() != 0) {
                return Optional.empty();
            }
            return Optional.of(Arrays.stream(new String(out, StandardCharsets.UTF_8).split("\0"))
                    .filter(name -> !name.isEmpty()).toList());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static List<String> walk(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skipped = !dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString());
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(root.relativize(file).toString().replace('\\', '/'));
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
