package nl.midoffice.portal.verhuizing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

import nl.midoffice.portal.catalogus.Gemeente;
import nl.midoffice.portal.formulier.AanvraagForm;
import nl.midoffice.portal.midoffice.NieuweAanvraag;

/**
 * The verhuizing form. Single fields carry their rules as annotations; the date window and the co-movers
 * are checked by {@link VerhuizingRegels}, which needs the clock and the citizen's BSN. Co-movers are a fixed
 * number of text fields, so the form works without JavaScript; empty ones are ignored.
 */
public class VerhuizingForm extends AanvraagForm {

    static final String PRODUCT = "verhuizing";
    /** Fields on the form; the mid-office takes up to 20, a household rarely needs more than this. */
    static final int MEEVERHUIZER_VELDEN = 5;

    private static final Map<String, String> API_VELDEN = Map.of(
            "gegevens.nieuwAdres", "postcode",
            "gegevens.nieuwAdres.postcode", "postcode",
            "gegevens.nieuwAdres.huisnummer", "huisnummer",
            "gegevens.nieuwAdres.huisletter", "huisletter",
            "gegevens.nieuwAdres.huisnummertoevoeging", "huisnummertoevoeging",
            "gegevens.verhuisdatum", "verhuisdatum",
            "gegevens.meeverhuizers", "meeverhuizers");
    private static final java.util.regex.Pattern API_MEEVERHUIZER =
            java.util.regex.Pattern.compile("gegevens\\.meeverhuizers\\[(\\d{1,2})]");

    @NotBlank(message = "Kies de gemeente waarbinnen u verhuist.")
    @Pattern(regexp = Gemeente.CODES_PATROON, message = "Kies Lindeveen of Bergdal.")
    private String gemeente;

    @NotBlank(message = "Vul de postcode van uw nieuwe adres in.")
    @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "Vul een postcode in zoals 1234 AB.")
    private String postcode;

    @NotNull(message = "Vul het huisnummer van uw nieuwe adres in.")
    @Min(value = 1, message = "Het huisnummer is minimaal 1.")
    @Max(value = 99999, message = "Het huisnummer is maximaal 99999.")
    private Integer huisnummer;

    @Pattern(regexp = "[A-Za-z]", message = "Een huisletter is één letter, bijvoorbeeld A.")
    private String huisletter;

    @Pattern(regexp = "[A-Za-z0-9]{1,4}",
            message = "Een toevoeging bestaat uit 1 tot 4 letters of cijfers, zonder streepje, bijvoorbeeld 2 of BIS.")
    private String huisnummertoevoeging;

    @NotNull(message = "Vul de datum van uw verhuizing in.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d-M-yyyy")
    private LocalDate verhuisdatum;

    private List<String> meeverhuizers = new ArrayList<>(Collections.nCopies(MEEVERHUIZER_VELDEN, ""));

    /** The co-movers the citizen filled in, in the order of the fields, without surrounding spaces. */
    public List<String> ingevuldeMeeverhuizers() {
        return meeverhuizers.stream().filter(b -> b != null && !b.isBlank()).map(String::strip).toList();
    }

    /**
     * The form field an {@code invalidParams} name of the mid-office is about, or null. The mid-office
     * counts co-movers in the list it received, which skips the empty fields.
     */
    String veldVoor(String apiNaam) {
        Matcher meeverhuizer = API_MEEVERHUIZER.matcher(apiNaam);
        if (!meeverhuizer.matches()) {
            return API_VELDEN.get(apiNaam);
        }
        int gezocht = Integer.parseInt(meeverhuizer.group(1));
        for (int veld = 0, ingevuld = 0; veld < meeverhuizers.size(); veld++) {
            String bsn = meeverhuizers.get(veld);
            if (bsn != null && !bsn.isBlank() && ingevuld++ == gezocht) {
                return "meeverhuizers[" + veld + "]";
            }
        }
        return null;
    }

    NieuweAanvraag naarAanvraag(String bsn) {
        VerhuizingGegevens gegevens = new VerhuizingGegevens(
                new VerhuizingGegevens.NieuwAdres(normaliseerPostcode(postcode), huisnummer, hoofdletters(huisletter),
                        hoofdletters(huisnummertoevoeging)),
                verhuisdatum.toString(), ingevuldeMeeverhuizers());
        return new NieuweAanvraag(PRODUCT, gemeente, new NieuweAanvraag.Aanvrager(bsn), gegevens);
    }

    private static String hoofdletters(String waarde) {
        return waarde == null ? null : waarde.toUpperCase(Locale.ROOT);
    }

    public String getGemeente() {
        return gemeente;
    }

    public void setGemeente(String gemeente) {
        this.gemeente = leegAlsNull(gemeente);
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

    public String getHuisletter() {
        return huisletter;
    }

    public void setHuisletter(String huisletter) {
        this.huisletter = leegAlsNull(huisletter);
    }

    public String getHuisnummertoevoeging() {
        return huisnummertoevoeging;
    }

    public void setHuisnummertoevoeging(String huisnummertoevoeging) {
        this.huisnummertoevoeging = leegAlsNull(huisnummertoevoeging);
    }

    public LocalDate getVerhuisdatum() {
        return verhuisdatum;
    }

    public void setVerhuisdatum(LocalDate verhuisdatum) {
        this.verhuisdatum = verhuisdatum;
    }

    /** Mutable on purpose: binding fills {@code meeverhuizers[i]} in place. */
    public List<String> getMeeverhuizers() {
        return meeverhuizers;
    }

    /** Always at least as many entries as fields, so the form can render each one. */
    public void setMeeverhuizers(List<String> meeverhuizers) {
        List<String> lijst = new ArrayList<>(meeverhuizers == null ? List.of() : meeverhuizers);
        while (lijst.size() < MEEVERHUIZER_VELDEN) {
            lijst.add("");
        }
        this.meeverhuizers = lijst;
    }
}
