package nl.midoffice.portal.aanvragen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.midoffice.portal.melding.Categorie;

/**
 * Shows the product-specific {@code gegevens} of any aanvraag as label/value rows, so the detail
 * page needs no template per product; known keys get Dutch labels, unknown keys are shown as-is.
 */
@Component("gegevensWeergave")
public class GegevensWeergave {

    public record Regel(String label, String waarde) {
    }

    private static final Map<String, String> LABELS = Map.of(
            "categorie", "Soort probleem",
            "omschrijving", "Omschrijving",
            "locatie.postcode", "Postcode",
            "locatie.huisnummer", "Huisnummer",
            "locatie.lat", "Breedtegraad",
            "locatie.lon", "Lengtegraad");

    public List<Regel> regels(Map<String, Object> gegevens) {
        List<Regel> regels = new ArrayList<>();
        voegToe("", gegevens, regels);
        return regels;
    }

    private void voegToe(String prefix, Map<?, ?> map, List<Regel> regels) {
        map.forEach((sleutel, waarde) -> {
            String pad = prefix + sleutel;
            if (waarde instanceof Map<?, ?> genest) {
                voegToe(pad + ".", genest, regels);
            } else {
                regels.add(new Regel(LABELS.getOrDefault(pad, pad), tekst(pad, waarde)));
            }
        });
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
