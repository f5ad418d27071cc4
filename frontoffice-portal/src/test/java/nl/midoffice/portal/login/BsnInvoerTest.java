package nl.midoffice.portal.login;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The reasons a citizen reads; the 11-proef itself is tested with {@code nl.midoffice.contracts.Bsn}. */
class BsnInvoerTest {

    @ParameterizedTest
    @ValueSource(strings = {"999993653", "999995492", "999991802", "999999321", "999994086", "999992971", "111222333"})
    void test_bsns_pass_the_elfproef(String bsn) {
        assertThat(BsnInvoer.fout(bsn)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999993654", "123456789", "999993635", "999993652"})
    void a_wrong_digit_fails_the_elfproef_with_a_readable_reason(String bsn) {
        assertThat(BsnInvoer.fout(bsn)).hasValueSatisfying(reden -> assertThat(reden).contains("elfproef"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999365", "9999936530", "99999365a", "999 993 653", "999.99.3653"})
    void anything_but_nine_digits_is_explained(String invoer) {
        assertThat(BsnInvoer.fout(invoer)).hasValueSatisfying(reden -> assertThat(reden).contains("9 cijfers"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missing_input_asks_for_a_bsn(String invoer) {
        assertThat(BsnInvoer.fout(invoer)).hasValue("Vul een burgerservicenummer (BSN) in.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000"})
    void all_zeros_is_never_a_bsn_although_its_sum_is_divisible(String invoer) {
        assertThat(BsnInvoer.fout(invoer)).hasValueSatisfying(reden -> assertThat(reden).contains("elfproef"));
    }
}
