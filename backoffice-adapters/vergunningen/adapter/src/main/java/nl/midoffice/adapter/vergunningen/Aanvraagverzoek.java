package nl.midoffice.adapter.vergunningen;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.midoffice.contracts.VergunningAanvragen;
import nl.midoffice.contracts.Woonadres;

/**
 * The body of {@code POST /api/v1/aanvragen} at the vergunningen service. The service keys the application on
 * {@code referentie} (the aanvraag's reference), so the same command sent again is recognised and creates nothing.
 * Holds a BSN and, in the callback URL, the aanvraag's {@link CallbackToken}: {@code toString()} prints neither.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Aanvraagverzoek(String referentie, String gemeente, Aanvrager aanvrager, String kenteken, String ingangsdatum,
        String callbackUrl) {

    /** Query parameters of the callback URL that bring the decision back to its aanvraag. */
    static final String AANVRAAG_PARAMETER = "aanvraagId";
    static final String SCHADUW_PARAMETER = "schaduw";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Aanvrager(String bsn, Adres woonadres, String gemeenteVanInschrijving) {
        @Override
        public String toString() {
            return "Aanvrager[gemeenteVanInschrijving=" + gemeenteVanInschrijving + "]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Adres(String postcode, Integer huisnummer, String huisletter, String huisnummertoevoeging) {
        @Override
        public String toString() {
            return "Adres[...]";
        }
    }

    /**
     * The application for a command. The service answers at {@code callbackUrl}, which carries the aanvraag id,
     * whether this is a shadow call, and the token that proves both: its callback body only echoes the reference and
     * the service's own id.
     *
     * <p>The command has no municipality of registration: the mid-office asks for a permit for a resident it looked
     * up, and the permit is for the municipality of the aanvraag, so the applicant is stated as registered there.
     */
    static Aanvraagverzoek van(VergunningAanvragen opdracht, VergunningenProperties properties, CallbackToken token) {
        Woonadres adres = opdracht.adres();
        Adres woonadres = adres == null ? null
                : new Adres(adres.postcode(), adres.huisnummer(), leegIsNull(adres.huisletter()),
                        leegIsNull(adres.huisnummertoevoeging()));
        return new Aanvraagverzoek(opdracht.referentie(), opdracht.gemeente(),
                new Aanvrager(opdracht.aanvragerBsn(), woonadres, opdracht.gemeente()), opdracht.kenteken(),
                opdracht.ingangsdatum(), callbackUrl(properties.callbackUrl(), opdracht, token));
    }

    static String callbackUrl(String basis, VergunningAanvragen opdracht, CallbackToken token) {
        StringBuilder url = new StringBuilder(basis).append(basis.contains("?") ? '&' : '?')
                .append(AANVRAAG_PARAMETER).append('=')
                .append(URLEncoder.encode(opdracht.aanvraagId(), StandardCharsets.UTF_8));
        if (opdracht.schaduw()) {
            url.append('&').append(SCHADUW_PARAMETER).append("=true");
        }
        return url.append('&').append(CallbackToken.PARAMETER).append('=')
                .append(token.voor(opdracht.aanvraagId(), opdracht.schaduw())).toString();
    }

    private static String leegIsNull(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    @Override
    public String toString() {
        return "Aanvraagverzoek[referentie=" + referentie + ", gemeente=" + gemeente + "]";
    }
}
