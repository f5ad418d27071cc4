package nl.midoffice.simulator.vergunningen.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KentekenTest {

    @ParameterizedTest(name = "sidecode {1}: {0}")
    @CsvSource({
            "AB-12-34, 1", "12-34-AB, 2", "12-AB-34, 3", "AB-12-CD, 4", "AB-CD-12, 5", "12-AB-CD, 6",
            "12-ABC-3, 7", "1-ABC-23, 8", "AB-123-C, 9", "A-123-BC, 10", "ABC-12-D, 11", "A-12-BCD, 12",
            "1-AB-234, 13", "123-AB-4, 14"})
    void elkeSidecodeWordtHerkendEnMetStreepjesWeergegeven(String kenteken, int sidecode) {
        Kenteken gelezen = Kenteken.lees(kenteken).orElseThrow();

        assertThat(gelezen.waarde()).isEqualTo(kenteken.replace("-", ""));
        assertThat(Kenteken.sidecode(gelezen.waarde())).isEqualTo(sidecode);
        assertThat(gelezen.weergave()).isEqualTo(kenteken);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab-123-c", "AB123C", " ab 123 c ", "A-B-1-2-3-C"})
    void schrijfwijzenWordenGenormaliseerd(String invoer) {
        assertThat(Kenteken.lees(invoer)).contains(new Kenteken("AB123C"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AB-12", "ABC-1234", "AB-CD-EF", "12-34-56", "A1-B2-C3", "ÄB-123-C", "AB_123_C", "１２-AB-34"})
    void geenNederlandsKenteken(String invoer) {
        assertThat(Kenteken.lees(invoer)).isEmpty();
    }
}
