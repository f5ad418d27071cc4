package nl.midoffice.portal.melding;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.validation.ValidatorFactory;

import nl.midoffice.portal.catalogus.Gemeente;
import nl.midoffice.portal.midoffice.NieuweAanvraag;

import static org.assertj.core.api.Assertions.assertThat;

class MeldingFormTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static MeldingForm geldig() {
        MeldingForm form = new MeldingForm();
        form.setGemeente("9001");
        form.setCategorie("straatverlichting");
        form.setOmschrijving("De lantaarnpaal voor nummer 12 brandt niet.");
        form.setPostcode("1234 ab");
        form.setHuisnummer(12);
        return form;
    }

    private static Set<String> foutVelden(MeldingForm form) {
        return validator.validate(form).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void a_complete_form_is_valid() {
        assertThat(validator.validate(geldig())).isEmpty();
    }

    @Test
    void an_empty_form_names_every_required_field_in_dutch() {
        Set<ConstraintViolation<MeldingForm>> fouten = validator.validate(new MeldingForm());
        assertThat(fouten).extracting(ConstraintViolation::getMessage).contains(
                "Kies de gemeente waar het probleem is.", "Kies wat voor probleem het is.", "Beschrijf het probleem.",
                "Vul de postcode in.", "Vul het huisnummer in.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234AB", "1234 AB", "1234ab", "9999 zz"})
    void dutch_postcodes_are_accepted_with_or_without_space(String postcode) {
        MeldingForm form = geldig();
        form.setPostcode(postcode);
        assertThat(foutVelden(form)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123AB", "123AB", "12345AB", "1234  AB", "1234A", "ABCD12"})
    void malformed_postcodes_are_rejected(String postcode) {
        MeldingForm form = geldig();
        form.setPostcode(postcode);
        assertThat(foutVelden(form)).containsExactly("postcode");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100000})
    void huisnummer_must_be_between_1_and_99999(int huisnummer) {
        MeldingForm form = geldig();
        form.setHuisnummer(huisnummer);
        assertThat(foutVelden(form)).containsExactly("huisnummer");
    }

    @Test
    void omschrijving_allows_1000_characters_but_not_1001() {
        MeldingForm form = geldig();
        form.setOmschrijving("a".repeat(1000));
        assertThat(foutVelden(form)).isEmpty();
        form.setOmschrijving("a".repeat(1001));
        assertThat(foutVelden(form)).containsExactly("omschrijving");
        form.setOmschrijving("   ");
        assertThat(foutVelden(form)).containsExactly("omschrijving");
    }

    @Test
    void unknown_gemeente_and_categorie_are_rejected() {
        MeldingForm form = geldig();
        form.setGemeente("0363");
        form.setCategorie("graffiti");
        assertThat(foutVelden(form)).containsExactlyInAnyOrder("gemeente", "categorie");
    }

    @Test
    void validation_patterns_list_exactly_the_known_codes() {
        assertThat(Gemeente.CODES_PATROON.split("\\|"))
                .containsExactlyInAnyOrder(Arrays.stream(Gemeente.values()).map(Gemeente::getCode).toArray(String[]::new));
        assertThat(Categorie.CODES_PATROON.split("\\|"))
                .containsExactlyInAnyOrder(Arrays.stream(Categorie.values()).map(Categorie::getCode).toArray(String[]::new));
    }

    @Test
    void the_aanvraag_carries_a_normalised_postcode_and_the_bsn() {
        NieuweAanvraag aanvraag = geldig().naarAanvraag("999993653");
        assertThat(aanvraag.product()).isEqualTo("melding-openbare-ruimte");
        assertThat(aanvraag.aanvrager().bsn()).isEqualTo("999993653");
        assertThat(aanvraag.gegevens()).isEqualTo(new MeldingGegevens("straatverlichting",
                "De lantaarnpaal voor nummer 12 brandt niet.", new MeldingGegevens.Locatie("1234AB", 12)));
        assertThat(aanvraag.toString()).doesNotContain("999993653");
    }

    @Test
    void a_valid_idempotency_key_is_kept_and_a_tampered_one_replaced() {
        MeldingForm form = geldig();
        UUID key = UUID.randomUUID();
        form.setIdempotencyKey(key.toString());
        assertThat(form.zorgVoorIdempotencyKey()).isEqualTo(key);

        form.setIdempotencyKey("not-a-uuid");
        UUID vervangen = form.zorgVoorIdempotencyKey();
        assertThat(form.getIdempotencyKey()).isEqualTo(vervangen.toString());
    }
}
