package nl.midoffice.adapterkit;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Queues;

/**
 * A message an adapter published (a {@code BackofficeResultaat} or a {@code PersoonOpgevraagd}), as the kit
 * received it: the queue, the JSON body and the JMS properties.
 */
public record OntvangenBericht(String queue, JsonNode json, Map<String, Object> eigenschappen) {

    public String aanvraagId() {
        return tekst("aanvraagId");
    }

    public String correlationId() {
        return tekst("correlationId");
    }

    /** The status of a BackofficeResultaat; null for a PersoonOpgevraagd. */
    public String status() {
        return tekst("status");
    }

    public String capability() {
        return tekst("capability");
    }

    public String systeem() {
        return tekst("systeem");
    }

    public String reden() {
        return tekst("reden");
    }

    public boolean schaduw() {
        return json.path("schaduw").asBoolean(false);
    }

    /** For a PersoonOpgevraagd: whether the system knew the person. */
    public boolean gevonden() {
        return json.path("gevonden").asBoolean(false);
    }

    /** The shared route configuration's report that the system is unreachable and retries go on. */
    public boolean isVertraagd() {
        return Queues.BACKOFFICE_RESULTATEN.equals(queue) && AanvraagStatus.VERTRAAGD.name().equals(status());
    }

    /** A JMS property of the message, e.g. {@code Headers.JMS_CORRELATION_ID}. */
    public Object eigenschap(String naam) {
        return eigenschappen.get(naam);
    }

    public String tekst(String veld) {
        JsonNode waarde = json.get(veld);
        return waarde == null || waarde.isNull() ? null : waarde.asText();
    }

    /** No personal data: what a failing assertion prints. */
    @Override
    public String toString() {
        return queue + " " + (json.has("status") ? status() : "gevonden=" + gevonden()) + " capability=" + capability()
                + " systeem=" + systeem() + " schaduw=" + schaduw() + " reden=" + reden();
    }
}
