package nl.midoffice.midoffice.aanvraag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.midoffice.log.LogTekst;
import nl.midoffice.midoffice.api.InvalidParam;

import tools.jackson.databind.JsonNode;

/**
 * Collects every problem of a JSON request with the path of the field, so that a front office can show all
 * of them next to its form fields at once. Messages are Dutch and never repeat the value (it may be a BSN).
 */
public final class Validatie {

    private final List<InvalidParam> problemen = new ArrayList<>();

    /** Records a problem of a field; only the first one of each field, the one to fix first. */
    public void fout(String veld, String reden) {
        if (problemen.stream().noneMatch(p -> p.name().equals(veld))) {
            problemen.add(new InvalidParam(veld, reden));
        }
    }

    /**
     * Records every field name and text in {@code node} that holds a control character: they have no place in an
     * aanvraag and would travel on into the back offices' XML and logs. The long texts named in {@code langeTeksten}
     * (paths like {@code gegevens.omschrijving}) may hold line breaks and tabs.
     */
    public void zonderStuurtekens(JsonNode node, String pad, Set<String> langeTeksten) {
        if (node.isObject()) {
            node.properties().forEach(veld -> {
                String naam = pad.isEmpty() ? veld.getKey() : pad + "." + veld.getKey();
                if (heeftStuurteken(veld.getKey(), false)) {
                    fout(LogTekst.veilig(naam), "De naam van dit veld bevat een stuurteken.");
                } else {
                    zonderStuurtekens(veld.getValue(), naam, langeTeksten);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                zonderStuurtekens(node.get(i), pad + "[" + i + "]", langeTeksten);
            }
        } else if (node.isString() && heeftStuurteken(node.stringValue(), langeTeksten.contains(pad))) {
            fout(pad, langeTeksten.contains(pad)
                    ? "Deze tekst bevat een onzichtbaar stuurteken; alleen regeleinden en tabs mogen."
                    : "Dit veld bevat een onzichtbaar stuurteken (zoals een regeleinde of tab); dat mag hier niet.");
        }
    }

    private static boolean heeftStuurteken(String tekst, boolean regelsToegestaan) {
        return tekst.chars().anyMatch(c -> Character.isISOControl(c)
                && !(regelsToegestaan && (c == '\n' || c == '\r' || c == '\t')));
    }

    /**
     * Records every field of {@code object} that the product does not know: it would be stored and sent on to back
     * offices unchecked. The name is shown (its control characters escaped), the value never.
     */
    public void alleenVelden(JsonNode object, String pad, Set<String> bekend) {
        if (object == null || !object.isObject()) {
            return;
        }
        object.propertyNames().forEach(naam -> {
            if (!bekend.contains(naam)) {
                fout(LogTekst.veilig(pad + "." + naam), "Onbekend veld: dit hoort niet bij dit product.");
            }
        });
    }

    /** The text at {@code veld}, or null after recording why it is missing or not text. */
    public String tekst(JsonNode ouder, String pad, String naam, int min, int max) {
        JsonNode waarde = ouder == null ? null : ouder.get(naam);
        String veld = pad.isEmpty() ? naam : pad + "." + naam;
        if (waarde == null || waarde.isNull()) {
            fout(veld, "Dit veld is verplicht.");
            return null;
        }
        if (!waarde.isString()) {
            fout(veld, "Dit veld moet tekst zijn.");
            return null;
        }
        String tekst = waarde.stringValue().strip();
        if (tekst.length() < min || tekst.length() > max) {
            fout(veld, min == max ? "Dit veld moet precies " + min + " tekens lang zijn."
                    : "Dit veld moet tussen " + min + " en " + max + " tekens lang zijn.");
            return null;
        }
        return tekst;
    }

    public String keuze(JsonNode ouder, String pad, String naam, Set<String> toegestaan) {
        String tekst = tekst(ouder, pad, naam, 1, 100);
        if (tekst != null && !toegestaan.contains(tekst)) {
            fout(pad.isEmpty() ? naam : pad + "." + naam,
                    "Kies een van: " + String.join(", ", toegestaan.stream().sorted().toList()) + ".");
            return null;
        }
        return tekst;
    }

    /** An object at {@code veld}, or null after recording why it is missing. */
    public JsonNode object(JsonNode ouder, String pad, String naam) {
        JsonNode waarde = ouder == null ? null : ouder.get(naam);
        String veld = pad.isEmpty() ? naam : pad + "." + naam;
        if (waarde == null || waarde.isNull()) {
            fout(veld, "Dit veld is verplicht.");
            return null;
        }
        if (!waarde.isObject()) {
            fout(veld, "Dit veld moet een object zijn.");
            return null;
        }
        return waarde;
    }

    /** An ISO date (yyyy-MM-dd) between {@code vanaf} and {@code tot} inclusive, or null after recording why not. */
    public java.time.LocalDate datum(JsonNode ouder, String pad, String naam, java.time.LocalDate vanaf,
            java.time.LocalDate tot, String buitenBereik) {
        String tekst = tekst(ouder, pad, naam, 10, 10);
        if (tekst == null) {
            return null;
        }
        String veld = pad.isEmpty() ? naam : pad + "." + naam;
        java.time.LocalDate datum;
        try {
            datum = java.time.LocalDate.parse(tekst);
        } catch (java.time.format.DateTimeParseException e) {
            fout(veld, "Geef een datum als jjjj-mm-dd, zoals 2026-12-01.");
            return null;
        }
        if (datum.isBefore(vanaf) || datum.isAfter(tot)) {
            fout(veld, buitenBereik);
            return null;
        }
        return datum;
    }

    public boolean isGeldig() {
        return problemen.isEmpty();
    }

    public void controleer() {
        if (!problemen.isEmpty()) {
            throw new OngeldigeAanvraagException(problemen);
        }
    }
}
