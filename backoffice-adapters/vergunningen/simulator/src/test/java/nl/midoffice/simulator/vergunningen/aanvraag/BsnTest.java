package nl.midoffice.simulator.vergunningen.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999993653", "111222333"})
    void geldigVolgensDeElfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", "99999365", "9999936530", "00000000a", "000000000"})
    void ongeldig(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
    }

    @Test
    void gemaskeerdToontAlleenDeLaatsteVierCijfers() {
        assertThat(Bsn.gemaskeerd("999993653")).isEqualTo("*****3653");
    }
}
