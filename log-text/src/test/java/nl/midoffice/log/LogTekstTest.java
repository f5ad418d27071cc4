package nl.midoffice.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTekstTest {

    @Test
    void aValueCannotStartAForgedLogLine() {
        assertThat(LogTekst.veilig("ZAAK-1\r\n2026-12-13 INFO admin logged in"))
                .isEqualTo("ZAAK-1\\u000d\\u000a2026-12-13 INFO admin logged in");
    }

    @Test
    void invisibleAndTerminalControlCharactersAreShownNotObeyed() {
        assertThat(LogTekst.veilig("a\u0000b\u001b[2Jc\u202ed\u2028e\u0085")).isEqualTo(
                "a\\u0000b\\u001b[2Jc\\u202ed\\u2028e\\u0085");
    }

    @Test
    void longValuesAreCutAndNullIsSaid() {
        assertThat(LogTekst.veilig("x".repeat(500))).hasSize(LogTekst.MAX + 1).endsWith("…");
        assertThat(LogTekst.veilig(null)).isEqualTo("null");
        assertThat(LogTekst.veilig("http://localhost:8093/zaken/api/v1/zaken/1")).isEqualTo(
                "http://localhost:8093/zaken/api/v1/zaken/1");
    }
}
