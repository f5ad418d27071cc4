package nl.midoffice.midoffice.aanvraag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Collects every problem of a JSON request with the path of the field, so that a front office can show all
 * of them next to its form fields at once. Messages are Dutch and never repeat the value (it may be a BSN).
 */
public final class Validatie {

    private final List<InvalidParam> problemen = new ArrayList<>();

    public void fout(String veld, String reden) {
        problemen.add(new InvalidParam(veld, reden));
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
