package nl.midoffice.portal.aanvragen;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.midoffice.portal.catalogus.Gemeente;
import nl.midoffice.portal.catalogus.Product;

/**
 * Turns the mid-office's codes and timestamps into Dutch text; templates call it as
 * {@code @weergave}. Unknown codes are shown as they are, so a new status or product added
 * in the mid-office degrades to a readable page instead of an error.
 */
@Component("weergave")
public class Weergave {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter DATUM_TIJD =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"));

    public String productNaam(String productId) {
        return Product.vanId(productId).map(Product::getAanvraagNaam).orElse(productId);
    }

    public String gemeenteNaam(String code) {
        return Gemeente.vanCode(code).map(Gemeente::getNaam).orElse(code);
    }

    public String statusLabel(String status) {
        return AanvraagStatus.vanCode(status).map(AanvraagStatus::getLabel).orElse(status);
    }

    /** The sentence for the current status; a refusal includes the municipality's reason. */
    public String statusUitleg(String status, String toelichting) {
        String uitleg = AanvraagStatus.vanCode(status).map(AanvraagStatus::getUitleg).orElse("Status: " + status);
        if (AanvraagStatus.AFGEWEZEN.name().equals(status) && toelichting != null && !toelichting.isBlank()) {
            return uitleg + " Reden: " + toelichting;
        }
        return uitleg;
    }

    /** An ISO date ({@code 1975-03-14}) as "14 maart 1975"; anything else as it is. */
    public String datum(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return LocalDate.parse(iso).format(DATUM);
        } catch (DateTimeParseException unreadable) {
            return iso;
        }
    }

    /** ISO-8601 with an offset (or, tolerated, without one as Dutch local time) to "3 december 2026 om 14:05". */
    public String datumTijd(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(NEDERLAND).format(DATUM_TIJD);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(iso).format(DATUM_TIJD);
            } catch (DateTimeParseException unreadable) {
                return iso;
            }
        }
    }
}
