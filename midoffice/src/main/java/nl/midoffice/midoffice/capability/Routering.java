package nl.midoffice.midoffice.capability;

import java.time.Instant;

import nl.midoffice.contracts.Capability;

/**
 * Where one step of one aanvraag went: decided when the step was first routed and kept, so a redelivery or a
 * resend after a switch goes where the first decision sent it.
 *
 * @param systeem        the system that answers for the citizen
 * @param schaduwSysteem the system that gets a copy in {@link Modus#SHADOW}, else null
 */
public record Routering(Capability capability, Modus modus, String systeem, String schaduwSysteem, Instant tijdstip) {

    public boolean heeftSchaduw() {
        return schaduwSysteem != null;
    }
}
