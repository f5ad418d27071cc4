package nl.midoffice.adapter.vergunningen;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Systemen;

/**
 * Reads a decision the service delivered and turns it into the citizen's status: granted is AFGEHANDELD with a
 * sentence saying so, refused is AFGEWEZEN with the service's reason. The aanvraag comes from the callback URL's
 * query (the adapter put it there when it applied), the correlation id from the callback's {@code X-Correlation-ID}.
 */
final class Besluiten {

    private static final Pattern UUID_VORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** What a correlation id may look like before it goes into our messages and logs. */
    private static final Pattern CORRELATIE_VORM = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final int MAX_ID = 200;
    private static final int MAX_REDEN = 500;

    private Besluiten() {
    }

    static BackofficeResultaat resultaat(String query, String correlationId, String body) {
        Map<String, String> parameters = parameters(query);
        String aanvraagId = parameters.get(Aanvraagverzoek.AANVRAAG_PARAMETER);
        if (aanvraagId == null || !UUID_VORM.matcher(aanvraagId).matches()) {
            throw new OngeldigBesluit("De callback-URL mist de parameter " + Aanvraagverzoek.AANVRAAG_PARAMETER
                    + " met een geldig aanvraag-id.");
        }
        Besluitbericht besluit = lees(body);
        boolean verleend = Besluitbericht.VERLEEND.equals(besluit.besluit());
        String messageId = UUID.nameUUIDFromBytes(("vergunningen:besluit:" + besluit.id())
                .getBytes(StandardCharsets.UTF_8)).toString();
        return new BackofficeResultaat(messageId,
                correlationId != null && CORRELATIE_VORM.matcher(correlationId).matches() ? correlationId : null,
                aanvraagId.toLowerCase(Locale.ROOT), Systemen.VERGUNNINGEN, Capability.VERGUNNINGEN,
                verleend ? AanvraagStatus.AFGEHANDELD : AanvraagStatus.AFGEWEZEN, null,
                verleend ? verleend(besluit) : afgewezen(besluit), Instant.now(),
                "true".equals(parameters.get(Aanvraagverzoek.SCHADUW_PARAMETER)));
    }

    static Besluitbericht lees(String body) {
        Besluitbericht besluit;
        try {
            besluit = body == null || body.isBlank() ? null : Json.MAPPER.readValue(body, Besluitbericht.class);
        } catch (JacksonException e) {
            throw new OngeldigBesluit("De body is geen leesbaar besluit in JSON.");
        }
        if (besluit == null) {
            throw new OngeldigBesluit("De body is leeg.");
        }
        if (besluit.id() == null || besluit.id().isBlank() || besluit.id().length() > MAX_ID) {
            throw new OngeldigBesluit("Het veld id ontbreekt of is te lang.");
        }
        if (besluit.referentie() == null || besluit.referentie().isBlank()) {
            throw new OngeldigBesluit("Het veld referentie ontbreekt.");
        }
        if (!Besluitbericht.VERLEEND.equals(besluit.besluit()) && !Besluitbericht.AFGEWEZEN.equals(besluit.besluit())) {
            throw new OngeldigBesluit("Het veld besluit moet VERLEEND of AFGEWEZEN zijn.");
        }
        return besluit;
    }

    /** E.g. "Uw parkeervergunning is verleend onder nummer PV-9001-000001, geldig van 3 december 2026 tot 3 december 2027." */
    static String verleend(Besluitbericht besluit) {
        StringBuilder zin = new StringBuilder("Uw parkeervergunning is verleend");
        if (besluit.vergunningnummer() != null && !besluit.vergunningnummer().isBlank()) {
            zin.append(" onder nummer ").append(kort(besluit.vergunningnummer().strip(), 50));
        }
        if (besluit.geldigVanaf() != null && besluit.geldigTot() != null) {
            zin.append(", geldig van ").append(datum(besluit.geldigVanaf())).append(" tot ")
                    .append(datum(besluit.geldigTot()));
        }
        return zin.append('.').toString();
    }

    /**
     * The reason alone, e.g. "Op dit adres is al een parkeervergunning verleend.": the portal already says the
     * aanvraag was refused and puts this after "Reden:".
     */
    static String afgewezen(Besluitbericht besluit) {
        String reden = besluit.reden() == null ? "" : kort(besluit.reden().strip(), MAX_REDEN);
        if (reden.isEmpty()) {
            return "De vergunningverlener heeft geen reden opgegeven.";
        }
        return reden + (reden.endsWith(".") ? "" : ".");
    }

    private static String datum(LocalDate datum) {
        return DATUM.format(datum);
    }

    private static String kort(String tekst, int max) {
        return tekst.length() <= max ? tekst : tekst.substring(0, max);
    }

    static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query == null || query.isBlank()) {
            return parameters;
        }
        try {
            for (String paar : query.split("&")) {
                int is = paar.indexOf('=');
                String naam = URLDecoder.decode(is < 0 ? paar : paar.substring(0, is), StandardCharsets.UTF_8);
                String waarde = is < 0 ? "" : URLDecoder.decode(paar.substring(is + 1), StandardCharsets.UTF_8);
                parameters.putIfAbsent(naam, waarde);
            }
        } catch (IllegalArgumentException e) {
            throw new OngeldigBesluit("De query van de callback-URL is ongeldig.");
        }
        return parameters;
    }
}
