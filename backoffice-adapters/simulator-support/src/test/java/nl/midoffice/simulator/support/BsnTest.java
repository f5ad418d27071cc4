package nl.midoffice.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999993653", "111222333", "123456782", "999994086", "100000009"})
    void geldigeBsnSlaagtVoorDeElfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", "999993654", "999993652", "12345678", "1234567890", "99999365", "9999936530",
            "00000000a", " 99999365", "999 993 653", "٩٩٩٩٩٣٦٥٣", "000000000"})
    void ongeldigeBsnWordtGeweigerd(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999993653", "002220647", "000000000"})
    void deKaleElfproefWeegtHetLaatsteCijferMinEenEnSluitNullenNietUit(String negenCijfers) {
        // 9*9+8*9+7*9+6*9+5*9+4*3+3*6+2*5 = 355; 355 - 3 = 352 = 32 * 11; an RSIN of zeros is the RSIN check's business
        assertThat(Bsn.elfproef(negenCijfers)).isTrue();
        assertThat(Bsn.elfproef("999993652")).isFalse();
    }

    @Test
    void maskeertAllesBehalveDeLaatsteVierCijfers() {
        assertThat(Bsn.gemaskeerd("999993653")).isEqualTo("*****3653");
        assertThat(Bsn.gemaskeerd("123")).isEqualTo("*********");
        assertThat(Bsn.gemaskeerd(null)).isEqualTo("*********");
    }
}
