package nl.midoffice.portal.parkeervergunning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import nl.midoffice.portal.midoffice.NieuweAanvraag;

import static org.assertj.core.api.Assertions.assertThat;

class ParkeervergunningFormTest {

    /** 11:00 in Amsterdam on 1 December 2026: the window runs to 1 March 2027. */
    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String TEKENS = "Gebruik alleen letters, cijfers en streepjes, zoals AB-123-C.";

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

    static ParkeervergunningForm geldig() {
        ParkeervergunningForm form = new ParkeervergunningForm();
        form.setGemeente("9002");
        form.setKenteken("AB-123-C");
        form.setIngangsdatum(LocalDate.of(2026, 12, 15));
        return form;
    }

    private static Map<String, List<String>> fouten(ParkeervergunningForm form, Clock klok) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "parkeervergunningForm");
        validator.validate(form, errors);
        new ParkeervergunningRegels(klok).controleer(form, errors);
        return errors.getFieldErrors().stream().collect(Collectors.groupingBy(FieldError::getField,
                Collectors.mapping(FieldError::getDefaultMessage, Collectors.toList())));
    }

    @Test
    void a_complete_form_is_valid() {
        assertThat(fouten(geldig(), KLOK)).isEmpty();
    }

    @Test
    void an_empty_form_names_every_required_field_in_dutch() {
        assertThat(fouten(new ParkeervergunningForm(), KLOK)).containsOnly(
                Map.entry("gemeente", List.of("Kies de gemeente waar u woont.")),
                Map.entry("kenteken", List.of("Vul het kenteken van uw auto in.")),
                Map.entry("ingangsdatum", List.of("Vul de datum in waarop de vergunning moet ingaan.")));
    }

    @ParameterizedTest(name = "kenteken \"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            // the RDW sidecodes 1 to 14, with and without dashes, in either case
            "AB-12-34 | ", "12-34-AB | ", "12-AB-34 | ", "AB-12-CD | ", "AB-CD-12 | ", "12-AB-CD | ",
            "12-ABC-3 | ", "1-ABC-23 | ", "AB-123-C | ", "A-123-BC | ", "ABC-12-D | ", "A-12-BCD | ",
            "1-AB-234 | ", "123-AB-4 | ",
            "AB123C | ", "ab-123-c | ", "ab123c | ", "'AB 123 C' | ", "' ab-123-c ' | ", "'12 - ABC - 3' | ",
            "ABC123 | Dit is geen Nederlands kenteken. Vul het in zoals AB-123-C of 12-ABC-3.",
            "123456 | Dit is geen Nederlands kenteken. Vul het in zoals AB-123-C of 12-ABC-3.",
            "ABCDEF | Dit is geen Nederlands kenteken. Vul het in zoals AB-123-C of 12-ABC-3.",
            "AB-123 | Dit is geen Nederlands kenteken. Vul het in zoals AB-123-C of 12-ABC-3.",
            "AB-123-CD | Dit is geen Nederlands kenteken. Vul het in zoals AB-123-C of 12-ABC-3.",
            "A-B-1-2-3-C | Dit is geen Nederlands kenteken. Vul het in zoals AB-123-C of 12-ABC-3.",
            "AB_123_C | " + TEKENS,
            "AB–123–C | " + TEKENS,
            "AB.123.C | " + TEKENS})
    void kenteken(String kenteken, String fout) {
        ParkeervergunningForm form = geldig();
        form.setKenteken(kenteken);
        assertThat(fouten(form, KLOK)).isEqualTo(fout == null ? Map.of() : Map.of("kenteken", List.of(fout)));
    }

    @ParameterizedTest(name = "ingangsdatum {0} with today 1 December 2026: {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-30 | Een vergunning gaat niet met terugwerkende kracht in: kies vandaag of een latere datum.",
            "2026-12-01 | ",
            "2027-03-01 | ",
            "2027-03-02 | U kunt een vergunning ten hoogste 3 maanden vooruit aanvragen: kies een datum tot en met 1 maart 2027."})
    void ingangsdatum_lies_from_today_to_3_months_ahead(LocalDate datum, String fout) {
        ParkeervergunningForm form = geldig();
        form.setIngangsdatum(datum);
        assertThat(fouten(form, KLOK)).isEqualTo(fout == null ? Map.of() : Map.of("ingangsdatum", List.of(fout)));
    }

    @Test
    void today_is_the_dutch_calendar_day() {
        // 23:30 UTC on 30 November is already 1 December in Amsterdam
        Clock laatInDeAvond = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);
        ParkeervergunningForm form = geldig();
        form.setIngangsdatum(LocalDate.of(2026, 11, 30));
        assertThat(fouten(form, laatInDeAvond)).containsOnlyKeys("ingangsdatum");
        form.setIngangsdatum(LocalDate.of(2027, 3, 1));
        assertThat(fouten(form, laatInDeAvond)).isEmpty();
    }

    @Test
    void the_kenteken_is_sent_as_typed_without_spaces_and_shown_in_capitals() {
        ParkeervergunningForm form = geldig();
        form.setKenteken(" ab-123 c ");

        NieuweAanvraag aanvraag = form.naarAanvraag("999993653");

        assertThat(aanvraag.product()).isEqualTo("parkeervergunning");
        assertThat(aanvraag.gemeente()).isEqualTo("9002");
        assertThat(aanvraag.gegevens()).isEqualTo(new ParkeervergunningGegevens("ab-123c", "2026-12-15"));
        assertThat(form.getKentekenVoorWeergave()).isEqualTo("AB-123C");
        assertThat(form.getKenteken()).isEqualTo("ab-123 c");
    }

    @Test
    void api_names_point_at_the_fields() {
        assertThat(ParkeervergunningForm.veldVoor("gegevens.kenteken")).isEqualTo("kenteken");
        assertThat(ParkeervergunningForm.veldVoor("gegevens.ingangsdatum")).isEqualTo("ingangsdatum");
        assertThat(ParkeervergunningForm.veldVoor("gemeente")).as("a hidden field: the summary says it").isNull();
        assertThat(ParkeervergunningForm.veldVoor("gegevens")).isNull();
    }
}
