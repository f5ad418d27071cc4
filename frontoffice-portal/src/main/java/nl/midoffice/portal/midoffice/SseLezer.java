package nl.midoffice.portal.midoffice;

import java.util.Optional;

/**
 * Reads the {@code text/event-stream} format line by line (WHATWG HTML, "Server-sent events"): fields until
 * a blank line, which dispatches the event. Only what the portal uses: event, id, data and comments.
 */
final class SseLezer {

    private String naam;
    private String id;
    private StringBuilder data;
    private String commentaar;

    /** Takes one line (without its line end); returns the event that a blank line completes. */
    Optional<Gebeurtenis> regel(String regel) {
        if (regel.isEmpty()) {
            Optional<Gebeurtenis> klaar = data != null || commentaar != null
                    ? Optional.of(new Gebeurtenis(naam == null ? "message" : naam, id,
                            data == null ? null : data.toString(), commentaar))
                    : Optional.empty();
            naam = null;
            id = null;
            data = null;
            commentaar = null;
            return klaar;
        }
        if (regel.startsWith(":")) {
            commentaar = waarde(regel.substring(1));
            return Optional.empty();
        }
        int dubbelepunt = regel.indexOf(':');
        String veld = dubbelepunt < 0 ? regel : regel.substring(0, dubbelepunt);
        String waarde = dubbelepunt < 0 ? "" : waarde(regel.substring(dubbelepunt + 1));
        switch (veld) {
            case "event" -> naam = waarde;
            case "id" -> id = waarde;
            case "data" -> data = data == null ? new StringBuilder(waarde) : data.append('\n').append(waarde);
            default -> {
                // retry and unknown fields: the portal sets its own reconnect advice towards the browser
            }
        }
        return Optional.empty();
    }

    private static String waarde(String rest) {
        return rest.startsWith(" ") ? rest.substring(1) : rest;
    }
}
