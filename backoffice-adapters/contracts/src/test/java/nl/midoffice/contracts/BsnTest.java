package nl.midoffice.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999993653", "999995492", "999991802", "999999321", "999994086", "999992971", "111222333",
            "123456782", "100000009"})
    void testBsnsPassTheElfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999993654", "999993652", "999993635", "123456789"})
    void aWrongDigitOrTwoSwappedDigitsFailTheElfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"99999365", "9999936530", "99999365a", " 99999365", "99999365 ", "999 993 653",
            "999.99.3653", "-99999365", "+99999365", "٩٩٩٩٩٣٦٥٣", "９９９９９３６５３"})
    void anythingButNineAsciiDigitsIsNoBsn(String invoer) {
        assertThat(Bsn.isGeldig(invoer)).isFalse();
    }

    @Test
    void allZerosIsNeverABsnAlthoughItsSumIsDivisible() {
        assertThat(Bsn.isGeldig("000000000")).isFalse();
    }

    @Test
    void aSumOfZeroIsDivisibleByEleven() {
        // 2*1 - 2 = 0: only the all-zeros number is excluded, not every number whose sum is 0
        assertThat(Bsn.isGeldig("000000012")).isTrue();
    }

    @Test
    void theLastDigitWeighsMinusOne() {
        // 9*9+8*9+7*9+6*9+5*9+4*3+3*6+2*5 = 355; 355 - 3 = 352 = 32 * 11 (with +3 it would be 358, not divisible)
        assertThat(Bsn.isGeldig("999993653")).isTrue();
        // 9*1+8*0+...+2*0 = 9; 9 - 9 = 0, whereas 9 + 9 = 18 is not divisible
        assertThat(Bsn.isGeldig("100000009")).isTrue();
    }

    @Test
    void theFirstEightDigitsFixTheLast() {
        // 355 - c divisible by 11: only c = 3
        assertThat(IntStream.rangeClosed(0, 9).filter(c -> Bsn.isGeldig("99999365" + c)).boxed()).containsExactly(3);
    }
}
