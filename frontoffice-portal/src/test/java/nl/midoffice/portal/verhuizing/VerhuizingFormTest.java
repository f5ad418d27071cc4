package nl.midoffice.portal.verhuizing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import nl.midoffice.portal.midoffice.NieuweAanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class VerhuizingFormTest {

    private static final String AANVRAGER = "999993653";
    /** 11:00 in Amsterdam on 1 December 2026: the window runs from 26 November to 29 December. */
    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private static ValidatorFactory factory;
    private static SpringValidatorAdapter validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = new SpringValidatorAdapter(factory.getValidator());
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static VerhuizingForm geldig() {
        VerhuizingForm form = new VerhuizingForm();
        form.setGemeente("9001");
        form.setPostcode("1234 ab");
        form.setHuisnummer(12);
        form.setVerhuisdatum(LocalDate.of(2026, 12, 15));
        return form;
    }

    /** Field name to messages, as the web layer would see them: annotations first, then the rules. */
    private static Map<String, List<String>> fouten(VerhuizingForm form, Clock klok) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "verhuizingForm");
        validator.validate(form, errors);
        new VerhuizingRegels(klok).controleer(form, AANVRAGER, errors);
        return errors.getFieldErrors().stream().collect(Collectors.groupingBy(FieldError::getField,
                Collectors.mapping(FieldError::getDefaultMessage, Collectors.toList())));
    }

    private static Map<String, List<String>> fouten(VerhuizingForm form) {
        return fouten(form, KLOK);
    }

    @Test
    void a_complete_form_is_valid() {
        assertThat(fouten(geldig())).isEmpty();
    }

    @Test
    void an_empty_form_names_every_required_field_in_dutch() {
        assertThat(fouten(new VerhuizingForm())).containsOnly(
                Map.entry("gemeente", List.of("Kies de gemeente waarbinnen u verhuist.")),
                Map.entry("postcode", List.of("Vul de postcode van uw nieuwe adres in.")),
                Map.entry("huisnummer", List.of("Vul het huisnummer van uw nieuwe adres in.")),
                Map.entry("verhuisdatum", List.of("Vul de datum van uw verhuizing in.")));
    }

    @ParameterizedTest(name = "postcode \"{0}\" valid: {1}")
    @CsvSource(delimiter = '|', value = {
            "1234AB   | true", "1234 AB  | true", "1234ab   | true", "9999 zz  | true", "' 1234AB '| true",
            "0123AB   | false", "123AB    | false", "12345AB  | false", "'1234  AB'| false", "1234A    | false",
            "ABCD12   | false", "1234 A B | false"})
    void postcode(String postcode, boolean geldig) {
        VerhuizingForm form = geldig();
        form.setPostcode(postcode);
        assertThat(fouten(form)).isEqualTo(geldig ? Map.of()
                : Map.of("postcode", List.of("Vul een postcode in zoals 1234 AB.")));
    }

    @ParameterizedTest(name = "huisnummer {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "1     | ", "12    | ", "99999 | ",
            "0     | Het huisnummer is minimaal 1.", "-1    | Het huisnummer is minimaal 1.",
            "100000| Het huisnummer is maximaal 99999."})
    void huisnummer(int huisnummer, String fout) {
        VerhuizingForm form = geldig();
        form.setHuisnummer(huisnummer);
        assertThat(fouten(form)).isEqualTo(fout == null ? Map.of() : Map.of("huisnummer", List.of(fout)));
    }

    @ParameterizedTest(name = "huisletter \"{0}\" valid: {1}")
    @CsvSource(delimiter = '|', value = {
            "A | true", "a | true", "'' | true", "' ' | true", "' b '| true",
            "AB| false", "1 | false", "é | false", "- | false"})
    void huisletter_is_one_letter_or_empty(String huisletter, boolean geldig) {
        VerhuizingForm form = geldig();
        form.setHuisletter(huisletter);
        assertThat(fouten(form)).isEqualTo(geldig ? Map.of()
                : Map.of("huisletter", List.of("Een huisletter is één letter, bijvoorbeeld A.")));
    }

    @ParameterizedTest(name = "toevoeging \"{0}\" valid: {1}")
    @CsvSource(delimiter = '|', value = {
            "2 | true", "BIS | true", "a1b2 | true", "H | true", "'' | true",
            "12345 | false", "-2 | false", "'2 h' | false", "1/2 | false"})
    void huisnummertoevoeging_is_1_to_4_letters_or_digits(String toevoeging, boolean geldig) {
        VerhuizingForm form = geldig();
        form.setHuisnummertoevoeging(toevoeging);
        assertThat(fouten(form).keySet()).isEqualTo(geldig ? Set.of() : Set.of("huisnummertoevoeging"));
    }

    @ParameterizedTest(name = "verhuisdatum {0} with today 1 December 2026: {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-25 | Een verhuizing kunt u tot 5 dagen na de verhuisdatum online doorgeven: kies 26 november 2026 of later, of neem contact op met de gemeente.",
            "2026-11-26 | ",
            "2026-12-01 | ",
            "2026-12-29 | ",
            "2026-12-30 | Een verhuizing kunt u ten hoogste 4 weken vooraf doorgeven: kies een datum tot en met 29 december 2026.",
            "2027-12-01 | Een verhuizing kunt u ten hoogste 4 weken vooraf doorgeven: kies een datum tot en met 29 december 2026."})
    void verhuisdatum_lies_from_5_days_back_to_4_weeks_ahead(LocalDate datum, String fout) {
        VerhuizingForm form = geldig();
        form.setVerhuisdatum(datum);
        assertThat(fouten(form)).isEqualTo(fout == null ? Map.of() : Map.of("verhuisdatum", List.of(fout)));
    }

    @Test
    void the_window_counts_dutch_calendar_days() {
        // 23:30 UTC on 30 November is already 1 December in Amsterdam, as the mid-office counts it
        Clock laatInDeAvond = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);
        VerhuizingForm form = geldig();
        form.setVerhuisdatum(LocalDate.of(2026, 12, 29));
        assertThat(fouten(form, laatInDeAvond)).isEmpty();
        form.setVerhuisdatum(LocalDate.of(2026, 11, 25));
        assertThat(fouten(form, laatInDeAvond)).containsOnlyKeys("verhuisdatum");
    }

    static Stream<Arguments> meeverhuizers() {
        String elfproef = "Dit nummer is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.";
        return Stream.of(
                arguments(List.of("", "", "", "", ""), Map.of()),
                arguments(List.of("999995492", "", "999991802", "", ""), Map.of()),
                arguments(List.of(" 999995492 ", "", "", "", ""), Map.of()),
                arguments(List.of("123456789", "", "", "", ""), Map.of("meeverhuizers[0]", List.of(elfproef))),
                arguments(List.of("", "12345", "", "", ""), Map.of("meeverhuizers[1]",
                        List.of("Een BSN bestaat uit precies 9 cijfers, zonder spaties of punten."))),
                arguments(List.of("999995492", "", "999995492", "", ""),
                        Map.of("meeverhuizers[2]", List.of("Deze persoon staat al in de lijst."))),
                arguments(List.of("999995492", " 999995492", "", "", ""),
                        Map.of("meeverhuizers[1]", List.of("Deze persoon staat al in de lijst."))),
                arguments(List.of("", "", "", "", AANVRAGER), Map.of("meeverhuizers[4]",
                        List.of("U verhuist zelf al als aanvrager; vul hier alleen anderen in."))),
                arguments(List.of("999995492", "", "", "", "", "999991802"),
                        Map.of("meeverhuizers", List.of("Vul ten hoogste 5 meeverhuizers in."))));
    }

    @ParameterizedTest
    @MethodSource
    void meeverhuizers(List<String> bsns, Map<String, List<String>> verwacht) {
        VerhuizingForm form = geldig();
        form.setMeeverhuizers(bsns);
        assertThat(fouten(form)).isEqualTo(verwacht);
    }

    @Test
    void empty_co_mover_fields_are_ignored_and_the_rest_sent_stripped() {
        VerhuizingForm form = geldig();
        form.setHuisletter("a");
        form.setHuisnummertoevoeging("bis");
        form.setMeeverhuizers(Arrays.asList("", " 999995492", null, "999991802 ", ""));

        NieuweAanvraag aanvraag = form.naarAanvraag(AANVRAGER);

        assertThat(aanvraag.product()).isEqualTo("verhuizing");
        assertThat(aanvraag.gemeente()).isEqualTo("9001");
        assertThat(aanvraag.aanvrager().bsn()).isEqualTo(AANVRAGER);
        assertThat(aanvraag.gegevens()).isEqualTo(new VerhuizingGegevens(
                new VerhuizingGegevens.NieuwAdres("1234AB", 12, "A", "BIS"), "2026-12-15",
                List.of("999995492", "999991802")));
        assertThat(aanvraag.toString()).doesNotContain(AANVRAGER);
    }

    @Test
    void the_form_always_has_five_co_mover_fields() {
        assertThat(new VerhuizingForm().getMeeverhuizers()).containsExactly("", "", "", "", "");
        VerhuizingForm form = new VerhuizingForm();
        form.setMeeverhuizers(List.of("999995492"));
        assertThat(form.getMeeverhuizers()).containsExactly("999995492", "", "", "", "");
        form.setMeeverhuizers(null);
        assertThat(form.getMeeverhuizers()).hasSize(5);
    }

    @Test
    void api_names_point_at_the_fields_and_co_movers_skip_the_empty_ones() {
        VerhuizingForm form = geldig();
        form.setMeeverhuizers(List.of("", "999995492", "", "999991802", ""));

        assertThat(form.veldVoor("gegevens.meeverhuizers[0]")).isEqualTo("meeverhuizers[1]");
        assertThat(form.veldVoor("gegevens.meeverhuizers[1]")).isEqualTo("meeverhuizers[3]");
        assertThat(form.veldVoor("gegevens.meeverhuizers[2]")).isNull();
        assertThat(form.veldVoor("gegevens.meeverhuizers")).isEqualTo("meeverhuizers");
        assertThat(form.veldVoor("gegevens.nieuwAdres.postcode")).isEqualTo("postcode");
        assertThat(form.veldVoor("gegevens.nieuwAdres.huisnummertoevoeging")).isEqualTo("huisnummertoevoeging");
        assertThat(form.veldVoor("gegevens.verhuisdatum")).isEqualTo("verhuisdatum");
        assertThat(form.veldVoor("gemeente")).as("a hidden field: the summary says it").isNull();
        assertThat(form.veldVoor("aanvrager.bsn")).isNull();
    }

    @Test
    void a_tampered_idempotency_key_is_replaced() {
        VerhuizingForm form = geldig();
        UUID key = UUID.randomUUID();
        form.setIdempotencyKey(key.toString());
        assertThat(form.zorgVoorIdempotencyKey()).isEqualTo(key);
        form.setIdempotencyKey("<script>");
        assertThat(form.zorgVoorIdempotencyKey().toString()).isEqualTo(form.getIdempotencyKey()).isNotEqualTo("<script>");
    }
}
