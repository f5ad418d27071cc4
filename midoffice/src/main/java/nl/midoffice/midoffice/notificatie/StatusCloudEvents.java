package nl.midoffice.midoffice.notificatie;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.midoffice.contracts.AanvraagStatus;

/**
 * Binding of {@link AanvraagStatusGewijzigd} to a CloudEvent following the NL GOV profile for CloudEvents
 * (CloudEvents 1.0, structured JSON mode). The {@code subject} is the aanvraag id: a BSN never goes into an
 * event, because subscribers (and the broker's logs) are not entitled to it.
 */
public final class StatusCloudEvents {

    /** The Artemis topic (multicast address) every status change is published on. */
    public static final String TOPIC = nl.midoffice.contracts.Queues.STATUS_GEWIJZIGD_TOPIC;
    /** Reverse-DNS event type, as the profile asks. */
    public static final String TYPE = "nl.midoffice.aanvraag.status-gewijzigd";
    public static final String SPECVERSION = "1.0";
    public static final String DATACONTENTTYPE = "application/json";

    private StatusCloudEvents() {
    }

    /** The envelope; {@code dataref} is optional in the profile and left out while it is null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CloudEvent(String specversion, String id, String source, String type, String subject, String time,
            String datacontenttype, String dataref, StatusData data) {
    }

    /** What changed; statuses by their codes, times in RFC 3339. */
    public record StatusData(String aanvraagId, String referentie, String product, String gemeente,
            AanvraagStatus status, AanvraagStatus vorigeStatus, String toelichting, String tijdstip) {
    }

    /** {@code urn:nld:oin:<oin>:systeem:midoffice}: the organisation by its OIN, then the system within it. */
    public static String source(String oin) {
        return "urn:nld:oin:" + oin + ":systeem:midoffice";
    }

    public static CloudEvent naarCloudEvent(AanvraagStatusGewijzigd event, String oin) {
        return new CloudEvent(SPECVERSION, event.id().toString(), source(oin), TYPE, event.aanvraagId().toString(),
                rfc3339(event.aangemaaktOp()), DATACONTENTTYPE, null,
                new StatusData(event.aanvraagId().toString(), event.referentie(), event.product(), event.gemeente(),
                        event.status(), event.vorigeStatus(), event.toelichting(), rfc3339(event.tijdstip())));
    }

    static String rfc3339(Instant tijdstip) {
        return DateTimeFormatter.ISO_INSTANT.format(tijdstip);
    }
}
