package nl.midoffice.midoffice.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory has one owner: a second mid-office on it stops before it touches the running server. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondOwnerOfTheDataDirectoryIsRefusedUntilTheFirstLetsGo() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("postgres"));
        var eerste = EmbeddedPostgresServer.eigenaarWorden(data);

        assertThatThrownBy(() -> EmbeddedPostgresServer.eigenaarWorden(data))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("still running");

        eerste.channel().close();
        var tweede = EmbeddedPostgresServer.eigenaarWorden(data);
        assertThat(tweede.isValid()).isTrue();
        tweede.channel().close();
    }
}
