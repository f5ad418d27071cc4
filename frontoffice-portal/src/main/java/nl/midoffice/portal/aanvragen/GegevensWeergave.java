package nl.midoffice.portal.aanvragen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.midoffice.portal.melding.Categorie;

/**
 * Shows the product-specific {@code gegevens} of any aanvraag as label/value rows, so the detail
 * page needs no template per product. Known fields of the three products read as sentences (an address,
 * a Dutch date, a number of co-movers rather than their BSNs); unknown keys are shown as-is, so a field
 * the mid-office adds later still appears.
 */
@Component("gegevensWeergave")
public class GegevensWeergave {

    public record Regel(String label, String waarde) {
    }

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private static final Map<String, String> LABELS = Map.of(
            "categorie", "Soort probleem",
            "omschrijving", "Omschrijving",
            "locatie.postcode", "Postcode",
            "locatie.huisnummer", "Huisnummer",
            "locatie.lat", "Breedtegraad",
            "locatie.lon", "Lengtegraad");

    public List<Regel> regels(Map<String, Object> gegevens) {
        List<Regel> regels = new ArrayList<>();
        gegevens.forEach((sleutel, waarde) -> {
            switch (sleutel) {
                case "nieuwAdres" -> regels.add(waarde instanceof Map<?, ?> adres
                        ? new Regel("Nieuw adres", adres(adres)) : new Regel("Nieuw adres", tekst("", waarde)));
                case "verhuisdatum" -> regels.add(new Regel("Verhuisdatum", datum(waarde)));
                case "meeverhuizers" -> regels.add(new Regel("Meeverhuizers", aantalPersonen(waarde)));
                case "kenteken" -> regels.add(new Regel("Kenteken",
                        waarde == null ? "" : waarde.toString().toUpperCase(Locale.ROOT)));
                case "ingangsdatum" -> regels.add(new Regel("Ingangsdatum", datum(waarde)));
                default -> voegToe(sleutel, waarde, regels);
            }
        });
        return regels;
    }

    private void voegToe(String pad, Object waarde, List<Regel> regels) {
        if (waarde instanceof Map<?, ?> genest) {
            genest.forEach((sleutel, binnen) -> voegToe(pad + "." + sleutel, binnen, regels));
        } else {
            regels.add(new Regel(LABELS.getOrDefault(pad, pad), tekst(pad, waarde)));
        }
    }

    /** "Postcode 1234AB, huisnummer 12A-2": the parts the citizen typed, in the usual Dutch order. */
    static String adres(Map<?, ?> adres) {
        StringBuilder nummer = new StringBuilder(tekst("", adres.get("huisnummer")));
        nummer.append(tekst("", adres.get("huisletter")));
        String toevoeging = tekst("", adres.get("huisnummertoevoeging"));
        if (!toevoeging.isEmpty()) {
            nummer.append('-').append(toevoeging);
        }
        return "Postcode " + tekst("", adres.get("postcode")) + ", huisnummer " + nummer;
    }

    /** The co-movers are other people's BSNs: the detail page says how many, not who. */
    private static String aantalPersonen(Object waarde) {
        int aantal = waarde instanceof List<?> lijst ? lijst.size() : 0;
        return switch (aantal) {
            case 0 -> "Geen";
            case 1 -> "1 persoon";
            default -> aantal + " personen";
        };
    }

    private static String datum(Object waarde) {
        if (waarde == null) {
            return "";
        }
        try {
            return DATUM.format(LocalDate.parse(waarde.toString()));
        } catch (DateTimeParseException e) {
            return waarde.toString();
        }
    }

    private static String tekst(String pad, Object waarde) {
        if (waarde == null) {
            return "";
        }
        if ("categorie".equals(pad)) {
            return Categorie.vanCode(waarde.toString()).map(Categorie::getLabel).orElse(waarde.toString());
        }
        if (waarde instanceof List<?> lijst) {
            return String.join(", ", lijst.stream().map(String::valueOf).toList());
        }
        return waarde.toString();
    }
}
