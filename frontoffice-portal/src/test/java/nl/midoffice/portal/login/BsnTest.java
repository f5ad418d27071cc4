package nl.midoffice.portal.login;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999993653", "999995492", "999991802", "999999321", "999994086", "999992971", "111222333"})
    void test_bsns_pass_the_elfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
        assertThat(Bsn.fout(bsn)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999993654", "123456789", "999993635"})
    void a_wrong_digit_fails_the_elfproef_with_a_readable_reason(String bsn) {
        assertThat(Bsn.fout(bsn)).hasValueSatisfying(reden -> assertThat(reden).contains("elfproef"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999365", "9999936530", "99999365a", "999 993 653", "999.99.3653"})
    void anything_but_nine_digits_is_explained(String invoer) {
        assertThat(Bsn.fout(invoer)).hasValueSatisfying(reden -> assertThat(reden).contains("9 cijfers"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missing_input_asks_for_a_bsn(String invoer) {
        assertThat(Bsn.fout(invoer)).hasValue("Vul een burgerservicenummer (BSN) in.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000"})
    void all_zeros_is_never_a_bsn_although_its_sum_is_divisible(String invoer) {
        assertThat(Bsn.isGeldig(invoer)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999993653"})
    void weight_minus_one_applies_to_the_last_digit(String bsn) {
        // 9*9+8*9+7*9+6*9+5*9+4*3+3*6+2*5 = 355; 355 - 3 = 352 = 32 * 11
        assertThat(Bsn.voldoetAanElfproef(bsn)).isTrue();
        assertThat(Bsn.voldoetAanElfproef("999993652")).isFalse();
    }
}
