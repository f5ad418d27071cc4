package nl.midoffice.adapter.zaken;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import com.fasterxml.jackson.databind.JsonNode;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.log.LogTekst;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Systemen;

/**
 * Turns a ZGW notification (kanaal {@code zaken}, resource {@code status}) into the status change of an aanvraag:
 * reads the zaak (for the aanvraag id in its kenmerken), the status and its statustype. Notifications about
 * other resources, and about zaken the mid-office did not register, give nothing.
 */
class NotificatieVerwerking {

    private static final Logger log = LoggerFactory.getLogger(NotificatieVerwerking.class);

    private final ZakenApi api;
    private final String zakenApi;
    private final Set<String> catalogi = new HashSet<>();

    NotificatieVerwerking(ZakenProperties properties, ZakenApi api) {
        this.api = api;
        this.zakenApi = properties.zakenApi("");
        // statustypen live in the catalogue the configured zaaktypen come from (here: the simulator itself)
        catalogi.add(oorsprong(properties.url()));
        properties.zaaktypen().values().forEach(url -> catalogi.add(oorsprong(url)));
        catalogi.add(oorsprong(properties.statustypeOntvangen()));
    }

    /** @return the status change to publish, or null when the notification is not about one of our aanvragen */
    BackofficeResultaat verwerk(String notificatieJson) {
        JsonNode notificatie = lees(notificatieJson);
        if (!"zaken".equals(notificatie.path("kanaal").asText()) || !"status".equals(notificatie.path("resource").asText())
                || !"create".equals(notificatie.path("actie").asText())) {
            return null;
        }
        String zaakUrl = vertrouwd(notificatie.path("hoofdObject").asText(""));
        String statusUrl = vertrouwd(notificatie.path("resourceUrl").asText(""));

        var zaak = api.get(zaakUrl, new ZakenApi.Aanroep(null, null));
        if (zaak.status() == 404) {
            log.info("Notification about zaak {}, which no longer exists: ignored", zaakUrl);
            return null;
        }
        zaak.verwacht(200);
        String aanvraagId = ZgwAntwoord.kenmerk(zaak.body(), ZaakBerichten.BRON_AANVRAAG);
        if (aanvraagId == null) {
            log.debug("Zaak {} was not registered by the mid-office: notification ignored", zaakUrl);
            return null;
        }
        String correlationId = ZgwAntwoord.kenmerk(zaak.body(), ZaakBerichten.BRON_CORRELATIE);
        if (correlationId != null) {
            MDC.put(BetrouwbareAflevering.MDC_CORRELATION_ID, correlationId);
        }
        try {
            return statuswijziging(zaak.body(), aanvraagId, correlationId, statusUrl);
        } finally {
            MDC.remove(BetrouwbareAflevering.MDC_CORRELATION_ID);
        }
    }

    private BackofficeResultaat statuswijziging(JsonNode zaak, String aanvraagId,
            String correlationId, String statusUrl) {
        boolean schaduw = ZgwAntwoord.kenmerk(zaak, ZaakBerichten.BRON_SCHADUW) != null;
        var aanroep = new ZakenApi.Aanroep(correlationId, aanvraagId);

        var status = api.get(statusUrl, aanroep);
        if (status.status() == 404) {
            log.info("Notification about status {}, which no longer exists: ignored", statusUrl);
            return null;
        }
        status.verwacht(200);
        String statustypeUrl = status.body().path("statustype").asText("");
        String catalogus = oorsprong(statustypeUrl);
        if (catalogus.isEmpty() || !catalogi.contains(catalogus)) {
            throw new OnbekendeNotificatie("Statustype " + LogTekst.veilig(statustypeUrl)
                    + " is not in a configured catalogue");
        }
        var statustype = api.get(statustypeUrl, aanroep);
        statustype.verwacht(200);

        AanvraagStatus nieuw = StatusVertaling.vertaal(statustype.body().path("omschrijving").asText(null),
                statustype.body().path("isEindstatus").asBoolean(false), statustype.body().path("volgnummer").asInt(0));
        String toelichting = status.body().path("statustoelichting").asText("");
        String reden = !toelichting.isBlank() ? toelichting : statustype.body().path("statustekst").asText(null);
        log.info("Zaak {} of aanvraag {} has status {}: {}", LogTekst.veilig(zaak.path("identificatie").asText()),
                LogTekst.veilig(aanvraagId), LogTekst.veilig(statustype.body().path("omschrijving").asText()), nieuw);
        return new BackofficeResultaat(messageId(statusUrl), correlationId, aanvraagId, Systemen.ZAKEN,
                Capability.ZAAKREGISTRATIE, nieuw, zaak.path("identificatie").asText(null), reden,
                tijdstip(status.body().path("datumStatusGezet").asText(null)), schaduw);
    }

    /** The same status gives the same message id, so a repeated notification is recognisable as such. */
    static String messageId(String statusUrl) {
        return UUID.nameUUIDFromBytes(("zaken-status:" + statusUrl).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A URL of the configured Zaken API, and a URL at all: nothing else is fetched, nor written to a log. */
    private String vertrouwd(String url) {
        if (!url.startsWith(zakenApi) || url.contains("..") || !isUri(url)) {
            throw new OnbekendeNotificatie("Notification points at "
                    + (url.isEmpty() ? "nothing" : LogTekst.veilig(url)) + ", outside the configured Zaken API " + zakenApi);
        }
        return url;
    }

    private static boolean isUri(String url) {
        try {
            URI.create(url);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode lees(String json) {
        try {
            JsonNode notificatie = json == null ? null : ZakenApi.JSON.readTree(json);
            if (notificatie == null || !notificatie.isObject()) {
                throw new OnbekendeNotificatie("The notification is not a JSON object");
            }
            return notificatie;
        } catch (IOException e) {
            throw new OnbekendeNotificatie("The notification is not JSON");
        }
    }

    private static Instant tijdstip(String datumStatusGezet) {
        if (datumStatusGezet == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(datumStatusGezet).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }

    /** scheme://host:port of a URL, or "" when it is none. */
    static String oorsprong(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            int poort = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase() + ":" + poort;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
