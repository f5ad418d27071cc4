package nl.midoffice.portal.melding;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.midoffice.portal.catalogus.Gemeente;
import nl.midoffice.portal.formulier.AanvraagForm;
import nl.midoffice.portal.midoffice.NieuweAanvraag;

/**
 * The melding form, validated with the same rules as the mid-office so most mistakes are caught
 * here, in Dutch, next to the field.
 */
public class MeldingForm extends AanvraagForm {

    static final String PRODUCT = "melding-openbare-ruimte";
    /** Any text with line breaks and tabs, but no other control character (the mid-office refuses those too). */
    static final String ZONDER_STUURTEKENS = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*";

    /**
     * The mid-office's {@code invalidParams} names and the fields they belong to. {@code gemeente} is a hidden field
     * (the counter's municipality), so a complaint about it goes to the error summary as text.
     */
    private static final Map<String, String> API_VELDEN = Map.of(
            "gegevens.categorie", "categorie",
            "gegevens.omschrijving", "omschrijving",
            "gegevens.locatie.postcode", "postcode",
            "gegevens.locatie.huisnummer", "huisnummer",
            "gegevens.locatie", "postcode");

    @NotBlank(message = "Kies de gemeente waar het probleem is.")
    @Pattern(regexp = Gemeente.CODES_PATROON, message = "Kies Lindeveen of Bergdal.")
    private String gemeente;

    @NotBlank(message = "Kies wat voor probleem het is.")
    @Pattern(regexp = Categorie.CODES_PATROON, message = "Kies een van de soorten problemen uit de lijst.")
    private String categorie;

    @NotBlank(message = "Beschrijf het probleem.")
    @Size(max = 1000, message = "Gebruik maximaal 1000 tekens voor de omschrijving.")
    @Pattern(regexp = ZONDER_STUURTEKENS, message = "De omschrijving bevat een onzichtbaar teken. Typ de tekst opnieuw.")
    private String omschrijving;

    @NotBlank(message = "Vul de postcode in.")
    @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "Vul een postcode in zoals 1234 AB.")
    private String postcode;

    @NotNull(message = "Vul het huisnummer in.")
    @Min(value = 1, message = "Het huisnummer is minimaal 1.")
    @Max(value = 99999, message = "Het huisnummer is maximaal 99999.")
    private Integer huisnummer;

    static String veldVoor(String apiNaam) {
        return API_VELDEN.get(apiNaam);
    }

    NieuweAanvraag naarAanvraag(String bsn) {
        MeldingGegevens gegevens = new MeldingGegevens(categorie, omschrijving.strip(),
                new MeldingGegevens.Locatie(normaliseerPostcode(postcode), huisnummer));
        return new NieuweAanvraag(PRODUCT, gemeente, new NieuweAanvraag.Aanvrager(bsn), gegevens);
    }

    public String getGemeente() {
        return gemeente;
    }

    public void setGemeente(String gemeente) {
        this.gemeente = leegAlsNull(gemeente);
    }

    public String getCategorie() {
        return categorie;
    }

    public void setCategorie(String categorie) {
        this.categorie = leegAlsNull(categorie);
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = leegAlsNull(postcode);
    }

    public Integer getHuisnummer() {
        return huisnummer;
    }

    public void setHuisnummer(Integer huisnummer) {
        this.huisnummer = huisnummer;
    }
}
