package nl.midoffice.simulator.legacysuite.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999993653", "111222333", "123456782"})
    void geldigeBsnSlaagtVoorDeElfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "999993654", "12345678", "1234567890", "00000000a", "000000000", ""})
    void ongeldigeBsnWordtGeweigerd(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
    }

    @Test
    void nullIsGeenBsn() {
        assertThat(Bsn.isGeldig(null)).isFalse();
    }

    @Test
    void maskeertAllesBehalveDeLaatsteVierCijfers() {
        assertThat(Bsn.gemaskeerd("999993653")).isEqualTo("*****3653");
        assertThat(Bsn.gemaskeerd(null)).doesNotContainAnyWhitespaces().matches("\\*+");
    }
}
