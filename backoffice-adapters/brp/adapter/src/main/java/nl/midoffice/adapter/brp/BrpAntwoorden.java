package nl.midoffice.adapter.brp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.contracts.Persoon;
import nl.midoffice.contracts.Woonadres;

/**
 * Reads the BRP's answers (Haal Centraal BRP API Personen 2.x) into the canonical {@link Persoon}. Decides what
 * an answer means: a person, nobody (an empty {@code personen}, or a 400 that refuses only the
 * {@code burgerservicenummer}: such a number cannot belong to anyone), a technical failure worth retrying
 * ({@link BrpStoring}), or a refusal of our own question that no retry can cure ({@link OnverwerkbaarBericht}).
 * No exception message carries a BSN, a name or the answer's body.
 */
public class BrpAntwoorden {

    private static final Pattern BSN_PARAMETER = Pattern.compile("burgerservicenummer(\\[\\d+])?");
    private static final Pattern WITRUIMTE = Pattern.compile("\\s+");

    private final ObjectMapper json = new ObjectMapper();

    /** The person the BRP delivered for {@code bsn}, or empty when it knows nobody by that number. */
    public Optional<Persoon> persoon(String bsn, int httpStatus, String antwoord) {
        if (httpStatus == 200) {
            return uitPersonen(bsn, antwoord);
        }
        if (httpStatus == 400) {
            List<String> parameters = foutieveParameters(antwoord);
            if (!parameters.isEmpty() && parameters.stream().allMatch(p -> BSN_PARAMETER.matcher(p).matches())) {
                return Optional.empty();
            }
            throw new OnverwerkbaarBericht("BRP refused the question (HTTP 400" + code(antwoord) + "), parameters "
                    + parameters);
        }
        if (httpStatus >= 400 && httpStatus < 500 && !isTijdelijk(httpStatus)) {
            throw new OnverwerkbaarBericht("BRP refused the question (HTTP " + httpStatus + code(antwoord) + ")");
        }
        throw new BrpStoring("BRP answered HTTP " + httpStatus + code(antwoord));
    }

    /** 401/403 (credentials or authorisation being set up), 408 and 429 may well pass later; 5xx too. */
    private static boolean isTijdelijk(int httpStatus) {
        return httpStatus == 401 || httpStatus == 403 || httpStatus == 408 || httpStatus == 429;
    }

    private Optional<Persoon> uitPersonen(String bsn, String antwoord) {
        JsonNode personen = lees(antwoord).path("personen");
        if (!personen.isArray()) {
            throw new BrpStoring("BRP answer has no personen list");
        }
        if (personen.size() > 1) {
            throw new BrpStoring("BRP answered " + personen.size() + " persons for one burgerservicenummer");
        }
        return personen.isEmpty() ? Optional.empty() : Optional.of(naarPersoon(bsn, personen.get(0)));
    }

    /** One {@code Persoon} of the BRP in the canonical model; the BSN is the one asked about. */
    static Persoon naarPersoon(String bsn, JsonNode persoon) {
        JsonNode naam = persoon.path("naam");
        return new Persoon(bsn, tekst(naam, "voornamen"), tekst(naam, "voorvoegsel"), tekst(naam, "geslachtsnaam"),
                geboortedatum(persoon.path("geboorte").path("datum")), woonadres(persoon.path("verblijfplaats")),
                tekst(persoon.path("gemeenteVanInschrijving"), "code"));
    }

    /** Only a whole date ({@code type} Datum) is an ISO date; a partly or wholly unknown one is null. */
    static String geboortedatum(JsonNode datum) {
        if (!"Datum".equals(tekst(datum, "type"))) {
            return null;
        }
        String iso = tekst(datum, "datum");
        try {
            return iso == null ? null : LocalDate.parse(iso).toString();
        } catch (DateTimeParseException e) {
            throw new BrpStoring("BRP answer has an unreadable date");
        }
    }

    /**
     * A Dutch address ({@code type} Adres) as a {@link Woonadres}; abroad, unknown or a location description
     * (houseboat, caravan) has no such address and gives null. The street is the official BAG name, the name
     * a letter uses in full and the one the legacy suite's copy holds; the short name (at most 24 characters) is
     * taken only when there is no official one (an address outside the BAG).
     */
    static Woonadres woonadres(JsonNode verblijfplaats) {
        JsonNode adres = verblijfplaats.path("verblijfadres");
        if (!"Adres".equals(tekst(verblijfplaats, "type")) || !adres.isObject()) {
            return null;
        }
        String straat = tekst(adres, "officieleStraatnaam");
        JsonNode huisnummer = adres.path("huisnummer");
        return new Woonadres(straat != null ? straat : tekst(adres, "korteStraatnaam"),
                huisnummer.canConvertToInt() && huisnummer.isIntegralNumber() ? huisnummer.intValue() : null,
                tekst(adres, "huisletter"), tekst(adres, "huisnummertoevoeging"), postcode(tekst(adres, "postcode")),
                tekst(adres, "woonplaats"));
    }

    /** One spelling: four digits and two capitals without a space ({@code 1234 ab} becomes {@code 1234AB}). */
    static String postcode(String postcode) {
        return postcode == null ? null : WITRUIMTE.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The {@code name}s of a 400 problem's {@code invalidParams}; empty when the answer has none. */
    private List<String> foutieveParameters(String antwoord) {
        List<String> namen = new ArrayList<>();
        JsonNode probleem = leesOfNiets(antwoord);
        for (JsonNode parameter : probleem.path("invalidParams")) {
            String naam = tekst(parameter, "name");
            namen.add(naam == null ? "?" : naam);
        }
        return namen;
    }

    /** The problem's {@code code} (e.g. {@code notAvailable}) for a log line or dead-letter reason. */
    private String code(String antwoord) {
        String code = tekst(leesOfNiets(antwoord), "code");
        return code == null ? "" : ", " + code;
    }

    private JsonNode lees(String antwoord) {
        if (antwoord == null || antwoord.isBlank()) {
            throw new BrpStoring("BRP answer is empty");
        }
        try {
            return json.readTree(antwoord);
        } catch (JsonProcessingException e) {
            throw new BrpStoring("BRP answer is not JSON");
        }
    }

    private JsonNode leesOfNiets(String antwoord) {
        try {
            return lees(antwoord);
        } catch (BrpStoring e) {
            return json.missingNode();
        }
    }

    private static String tekst(JsonNode node, String veld) {
        JsonNode waarde = node.path(veld);
        return waarde.isTextual() && !waarde.asText().isBlank() ? waarde.asText() : null;
    }
}
