package nl.midoffice.portal.melding;

import java.util.Map;

import org.springframework.validation.BindingResult;

import nl.midoffice.portal.midoffice.Probleem;

/**
 * Puts the mid-office's {@code invalidParams} next to the form fields they are about; what cannot
 * be placed goes to the error summary, so no reason is ever dropped.
 */
final class ApiFoutenOpFormulier {

    private static final Map<String, String> VELDEN = Map.of(
            "gemeente", "gemeente",
            "gegevens.categorie", "categorie",
            "gegevens.omschrijving", "omschrijving",
            "gegevens.locatie.postcode", "postcode",
            "gegevens.locatie.huisnummer", "huisnummer",
            "gegevens.locatie", "postcode");

    static final String ALGEMENE_FOUT = "De gemeente kon uw melding niet aannemen. Controleer uw gegevens.";

    private ApiFoutenOpFormulier() {
    }

    static void plaats(Probleem probleem, BindingResult errors) {
        if (probleem.invalidParams().isEmpty()) {
            errors.reject("midoffice", probleem.detail() != null ? probleem.detail() : ALGEMENE_FOUT);
            return;
        }
        for (Probleem.InvalidParam param : probleem.invalidParams()) {
            String reden = param.reason() != null ? param.reason() : ALGEMENE_FOUT;
            String veld = param.name() == null ? null : VELDEN.get(param.name());
            if (veld != null) {
                errors.rejectValue(veld, "midoffice", reden);
            } else {
                errors.reject("midoffice", reden);
            }
        }
    }
}
