package nl.midoffice.portal.formulier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The first and last day a date field accepts (both inclusive), in the words a form shows. */
public record Datumvenster(LocalDate vanaf, LocalDate tot) {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    public boolean isTeVroeg(LocalDate datum) {
        return datum.isBefore(vanaf);
    }

    public boolean isTeLaat(LocalDate datum) {
        return datum.isAfter(tot);
    }

    public String vanafTekst() {
        return DATUM.format(vanaf);
    }

    public String totTekst() {
        return DATUM.format(tot);
    }
}
