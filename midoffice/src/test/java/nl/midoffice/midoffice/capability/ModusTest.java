package nl.midoffice.midoffice.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A mode switch of a live system happens only on its exact name (found by the hostile-input suite). */
class ModusTest {

    private final JsonMapper json = JsonMapper.builder().build();

    record Wijziging(Modus modus) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "\"NEW\\u0000\"", "\" NEW\"", "\"new\"", "\"NEW\\n\"", "true"})
    void onlyTheExactNameIsAMode(String waarde) {
        assertThatThrownBy(() -> json.readValue("{\"modus\":" + waarde + "}", Wijziging.class))
                .isInstanceOf(JacksonException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LEGACY", "SHADOW", "NEW"})
    void theNamesAreModes(String naam) {
        assertThat(json.readValue("{\"modus\":\"" + naam + "\"}", Wijziging.class).modus()).isEqualTo(Modus.valueOf(naam));
    }
}
