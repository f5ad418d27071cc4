package nl.midoffice.simulator.vergunningen;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/** Builds request bodies for the permit API: a valid one, and variants with one field changed. */
public final class Aanvragen {

    public static final String SLEUTEL = "demo-only-vergunningen-key-change-me";
    public static final String BSN = "999993653";
    /** Pass as a value to leave a field out. */
    public static final Object WEG = new Object();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Aanvragen() {
    }

    public static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    /** A valid application of a resident of Lindeveen (9001), with a fresh referentie. */
    public static Map<String, Object> geldig(String callbackUrl) {
        Map<String, Object> adres = new LinkedHashMap<>();
        adres.put("postcode", "1234AB");
        adres.put("huisnummer", 12);
        Map<String, Object> aanvrager = new LinkedHashMap<>();
        aanvrager.put("bsn", BSN);
        aanvrager.put("woonadres", adres);
        aanvrager.put("gemeenteVanInschrijving", "9001");
        Map<String, Object> aanvraag = new LinkedHashMap<>();
        aanvraag.put("referentie", "MO-" + UUID.randomUUID());
        aanvraag.put("gemeente", "9001");
        aanvraag.put("aanvrager", aanvrager);
        aanvraag.put("kenteken", "AB-123-C");
        aanvraag.put("ingangsdatum", vandaag().plusDays(7).toString());
        aanvraag.put("callbackUrl", callbackUrl);
        aanvraag.put("callbackAuth", "Bearer callback-token");
        return aanvraag;
    }

    /** A copy with the field at a dotted path set to {@code waarde}, or removed when it is {@link #WEG}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> met(Map<String, Object> basis, String pad, Object waarde) {
        Map<String, Object> kopie = JSON.readValue(JSON.writeValueAsString(basis), LinkedHashMap.class);
        String[] delen = pad.split("\\.");
        Map<String, Object> plek = kopie;
        for (int i = 0; i < delen.length - 1; i++) {
            plek = (Map<String, Object>) plek.get(delen[i]);
        }
        if (waarde == WEG) {
            plek.remove(delen[delen.length - 1]);
        } else {
            plek.put(delen[delen.length - 1], waarde);
        }
        return kopie;
    }

    public static String json(Object waarde) {
        return JSON.writeValueAsString(waarde);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> bericht(String json) {
        return JSON.readValue(json, LinkedHashMap.class);
    }
}
