package nl.midoffice.portal.parkeervergunning;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

import nl.midoffice.portal.catalogus.Gemeente;
import nl.midoffice.portal.formulier.AanvraagForm;
import nl.midoffice.portal.midoffice.NieuweAanvraag;

/**
 * The parkeervergunning form. The kenteken and the window of the ingangsdatum are checked by
 * {@link ParkeervergunningRegels}; the kenteken is kept as typed, so "Wijzigen" shows it unchanged.
 */
public class ParkeervergunningForm extends AanvraagForm {

    static final String PRODUCT = "parkeervergunning";

    private static final Map<String, String> API_VELDEN = Map.of(
            "gegevens.kenteken", "kenteken",
            "gegevens.ingangsdatum", "ingangsdatum");

    @NotBlank(message = "Kies de gemeente waar u woont.")
    @Pattern(regexp = Gemeente.CODES_PATROON, message = "Kies Lindeveen of Bergdal.")
    private String gemeente;

    @NotBlank(message = "Vul het kenteken van uw auto in.")
    private String kenteken;

    @NotNull(message = "Vul de datum in waarop de vergunning moet ingaan.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d-M-yyyy")
    private LocalDate ingangsdatum;

    static String veldVoor(String apiNaam) {
        return API_VELDEN.get(apiNaam);
    }

    /** For the "Controleer uw gegevens" page. */
    public String getKentekenVoorWeergave() {
        return kenteken == null ? null : Kenteken.voorWeergave(kenteken);
    }

    NieuweAanvraag naarAanvraag(String bsn) {
        ParkeervergunningGegevens gegevens = new ParkeervergunningGegevens(Kenteken.zonderSpaties(kenteken),
                ingangsdatum.toString());
        return new NieuweAanvraag(PRODUCT, gemeente, new NieuweAanvraag.Aanvrager(bsn), gegevens);
    }

    public String getGemeente() {
        return gemeente;
    }

    public void setGemeente(String gemeente) {
        this.gemeente = leegAlsNull(gemeente);
    }

    public String getKenteken() {
        return kenteken;
    }

    public void setKenteken(String kenteken) {
        this.kenteken = leegAlsNull(kenteken);
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public void setIngangsdatum(LocalDate ingangsdatum) {
        this.ingangsdatum = ingangsdatum;
    }
}
