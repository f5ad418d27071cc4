package nl.midoffice.simulator.zaken.zgw;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads a request body field by field and collects field errors with Open Zaak's (DRF's) codes and
 * Dutch reasons, so that one 400 names every wrong field at once.
 */
public final class Invoer {

    private final JsonNode body;
    private final List<InvalidParam> fouten = new ArrayList<>();

    private Invoer(JsonNode body) {
        this.body = body;
    }

    public static Invoer van(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ZgwFout.validatie("nonFieldErrors", "invalid",
                    "Ongeldige data. Verwacht een dictionary, kreeg een " + (body == null ? "lege body" : body.getNodeType()) + ".");
        }
        return new Invoer(body);
    }

    public String tekst(String veld, boolean verplicht, int maxLengte) {
        JsonNode waarde = body.get(veld);
        if (waarde == null || waarde.isNull()) {
            if (verplicht) {
                fout(veld, "required", "Dit veld is vereist.");
            }
            return null;
        }
        if (!waarde.isString() && !waarde.isNumber()) {
            fout(veld, "invalid", "Geen geldige string.");
            return null;
        }
        String tekst = waarde.asString();
        if (verplicht && tekst.isBlank()) {
            fout(veld, "blank", "Dit veld mag niet leeg zijn.");
            return null;
        }
        if (tekst.length() > maxLengte) {
            fout(veld, "max_length", "Zorg ervoor dat dit veld niet meer dan " + maxLengte + " karakters bevat.");
            return null;
        }
        return tekst;
    }

    public LocalDate datum(String veld, boolean verplicht) {
        String tekst = tekst(veld, verplicht, 100);
        if (tekst == null || tekst.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            fout(veld, "invalid", "Datum heeft het verkeerde formaat. Gebruik een van deze formaten: YYYY-MM-DD.");
            return null;
        }
    }

    /** A date-time; one without offset is read in the given zone, as Django does with its TIME_ZONE. */
    public OffsetDateTime datumTijd(String veld, boolean verplicht, ZoneId zone) {
        String tekst = tekst(veld, verplicht, 100);
        if (tekst == null || tekst.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(tekst);
        } catch (DateTimeParseException metZone) {
            try {
                return LocalDateTime.parse(tekst).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException zonderZone) {
                fout(veld, "invalid", "Datetime heeft een verkeerd formaat. Gebruik een van deze formaten: "
                        + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
                return null;
            }
        }
    }

    /** An absolute http(s) URL of at most 1000 characters. */
    public URI url(String veld, boolean verplicht) {
        return url(veld, verplicht, 1000);
    }

    /** An absolute http(s) URL of at most {@code maxLengte} characters. */
    public URI url(String veld, boolean verplicht, int maxLengte) {
        String tekst = tekst(veld, verplicht, maxLengte);
        if (tekst == null || tekst.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(tekst);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below, as for any other malformed URL
        }
        fout(veld, "invalid", "Voer een geldige URL in.");
        return null;
    }

    public String keuze(String veld, boolean verplicht, Set<String> keuzes) {
        String tekst = tekst(veld, verplicht, 100);
        if (tekst == null || (tekst.isEmpty() && !verplicht)) {
            return tekst;
        }
        if (!keuzes.contains(tekst)) {
            fout(veld, "invalid_choice", "\"" + tekst + "\" is een ongeldige keuze.");
            return null;
        }
        return tekst;
    }

    public JsonNode node(String veld) {
        JsonNode waarde = body.get(veld);
        return waarde == null || waarde.isNull() ? null : waarde;
    }

    public void fout(String veld, String code, String reden) {
        fouten.add(new InvalidParam(veld, code, reden));
    }

    public void fout(InvalidParam fout) {
        fouten.add(fout);
    }

    public boolean heeftFout(String veld) {
        return fouten.stream().anyMatch(f -> f.name().equals(veld));
    }

    public void gooiAlsFouten() {
        if (!fouten.isEmpty()) {
            throw ZgwFout.validatie(fouten);
        }
    }
}
