package nl.midoffice.midoffice.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999993653", "999995492", "999991802", "999999321", "999994086", "999992971", "111222333"})
    void testBsnsPassTheElfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999993654", "123456789", "99999365", "9999936531", "99999365a", "", " 99999365",
            "000000000"})
    void othersDoNot(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void nullIsNoBsn() {
        assertThat(Bsn.isGeldig(null)).isFalse();
    }
}
