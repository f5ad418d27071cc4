package nl.midoffice.simulator.zaken.zaak;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.midoffice.simulator.zaken.zgw.Elfproef;
import nl.midoffice.simulator.zaken.zgw.InvalidParam;
import nl.midoffice.simulator.zaken.zgw.Invoer;
import tools.jackson.databind.JsonNode;

/** The zaak fields with rules of their own: RSINs (11-proef) and kenmerken (nested field errors as DRF names them). */
final class ZaakVelden {

    private ZaakVelden() {
    }

    static String rsin(Invoer in, String veld) {
        String rsin = in.tekst(veld, true, 9);
        if (rsin == null) {
            if (!in.heeftFout(veld)) {
                in.fout(veld, "required", "Dit veld is vereist.");
            }
            return null;
        }
        Optional<InvalidParam> fout = Elfproef.controleerRsin(veld, rsin);
        fout.ifPresent(in::fout);
        return fout.isPresent() ? null : rsin;
    }

    static List<Kenmerk> kenmerken(Invoer in) {
        JsonNode lijst = in.node("kenmerken");
        List<Kenmerk> kenmerken = new ArrayList<>();
        if (lijst == null) {
            return kenmerken;
        }
        if (!lijst.isArray()) {
            in.fout("kenmerken", "not_a_list", "Verwachtte een lijst met items, maar kreeg een ander type.");
            return kenmerken;
        }
        for (int i = 0; i < lijst.size(); i++) {
            JsonNode item = lijst.get(i);
            String kenmerk = deel(in, item, "kenmerken." + i + ".kenmerk", "kenmerk");
            String bron = deel(in, item, "kenmerken." + i + ".bron", "bron");
            if (kenmerk != null && bron != null) {
                kenmerken.add(new Kenmerk(kenmerk, bron));
            }
        }
        return kenmerken;
    }

    private static String deel(Invoer in, JsonNode item, String naam, String veld) {
        JsonNode waarde = item == null || !item.isObject() ? null : item.get(veld);
        if (waarde == null || waarde.isNull() || !waarde.isString() || waarde.asString().isBlank()) {
            in.fout(naam, "required", "Dit veld is vereist.");
            return null;
        }
        if (waarde.asString().length() > 40) {
            in.fout(naam, "max_length", "Zorg ervoor dat dit veld niet meer dan 40 karakters bevat.");
            return null;
        }
        return waarde.asString();
    }
}
