package nl.midoffice.portal.midoffice;

/**
 * One Server-Sent Event from the mid-office's live stream: a named event with id and data, or (with only
 * {@code commentaar} set) a comment such as its heartbeat.
 */
public record Gebeurtenis(String naam, String id, String data, String commentaar) {

    public boolean isCommentaar() {
        return data == null;
    }
}
