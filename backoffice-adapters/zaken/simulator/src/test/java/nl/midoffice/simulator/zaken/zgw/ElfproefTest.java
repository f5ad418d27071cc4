package nl.midoffice.simulator.zaken.zgw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ElfproefTest {

    @ParameterizedTest
    @ValueSource(strings = {"002220647", "517439943", "999993653"})
    void geldigeRsinKomtErDoor(String rsin) {
        assertThat(Elfproef.controleerRsin("bronorganisatie", rsin)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"123456789,invalid", "12345678,invalid-length", "1234567890,invalid-length", "00222064a,only-digits"})
    void ongeldigeRsinGeeftDeCodeVanOpenZaak(String rsin, String code) {
        assertThat(Elfproef.controleerRsin("bronorganisatie", rsin)).get()
                .extracting(InvalidParam::name, InvalidParam::code)
                .containsExactly("bronorganisatie", code);
    }
}
