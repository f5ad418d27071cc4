package nl.midoffice.midoffice.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.midoffice.midoffice.api.InvalidParam;

import tools.jackson.databind.json.JsonMapper;

/** Control characters and unknown fields: refused, with the field named and the value never repeated. */
class ValidatieTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MELDING = """
            {"categorie":"afval","omschrijving":"%s","locatie":{"postcode":"1234AB","huisnummer":12}}""";

    private static List<InvalidParam> stuurtekens(String json, Set<String> langeTeksten) {
        Validatie v = new Validatie();
        v.zonderStuurtekens(JSON.readTree(json), "gegevens", langeTeksten);
        return problemen(v);
    }

    private static List<InvalidParam> problemen(Validatie v) {
        try {
            v.controleer();
            return List.of();
        } catch (OngeldigeAanvraagException e) {
            return e.invalidParams();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[2J", "\\u007f", "\\u0085", "\\u000b", "\\r\\nX: y"})
    void aControlCharacterInAShortTextIsRefusedNamingTheField(String teken) {
        var problemen = stuurtekens("""
                {"categorie":"afval%s","locatie":{"postcode":"1234AB"}}""".formatted(teken), Set.of());

        assertThat(problemen).extracting(InvalidParam::name).containsExactly("gegevens.categorie");
        assertThat(problemen.get(0).reason()).contains("stuurteken").doesNotContain("afval");
    }

    @Test
    void aLongTextMayHoldLineBreaksAndTabsButNoOtherControlCharacter() {
        String metRegels = MELDING.formatted("Zakken\\r\\nnaast de\\tcontainer\\n");
        assertThat(stuurtekens(metRegels, Set.of("gegevens.omschrijving"))).isEmpty();
        assertThat(stuurtekens(metRegels, Set.of())).extracting(InvalidParam::name)
                .containsExactly("gegevens.omschrijving");
        assertThat(stuurtekens(MELDING.formatted("Zakken\\u0000"), Set.of("gegevens.omschrijving")))
                .extracting(InvalidParam::name).containsExactly("gegevens.omschrijving");
    }

    @Test
    void controlCharactersAreFoundInNestedObjectsListsAndFieldNames() {
        var problemen = stuurtekens("""
                {"nieuwAdres":{"postcode":"1234\\u0000AB"},"meeverhuizers":["999993653","99999\\u00076"],
                 "a\\u0007b":1}""", Set.of());

        assertThat(problemen).extracting(InvalidParam::name).containsExactly("gegevens.nieuwAdres.postcode",
                "gegevens.meeverhuizers[1]", "gegevens.a\\u0007b");
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        Validatie v = new Validatie();
        new MeldingOpenbareRuimte().valideer(JSON.readTree("""
                {"categorie":"afval","omschrijving":"x","locatie":{"postcode":"1234AB","huisnummer":12,"verdieping":3},
                 "prioriteit":"hoog"}"""), v);

        assertThat(problemen(v)).extracting(InvalidParam::name)
                .containsExactlyInAnyOrder("gegevens.prioriteit", "gegevens.locatie.verdieping");
        assertThat(problemen(v)).allSatisfy(p -> assertThat(p.reason()).contains("Onbekend veld"));
    }

    @Test
    void onlyTheFirstProblemOfAFieldIsReported() {
        Validatie v = new Validatie();
        v.fout("gegevens.kenteken", "eerste");
        v.fout("gegevens.kenteken", "tweede");

        assertThat(problemen(v)).extracting(InvalidParam::reason).containsExactly("eerste");
    }
}
