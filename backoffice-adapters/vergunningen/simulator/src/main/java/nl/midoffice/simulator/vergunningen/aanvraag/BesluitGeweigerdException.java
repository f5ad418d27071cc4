package nl.midoffice.simulator.vergunningen.aanvraag;

/** A clerk's decision that cannot be taken; the message is Dutch and shown on the page. */
public class BesluitGeweigerdException extends RuntimeException {

    public BesluitGeweigerdException(String message) {
        super(message);
    }
}
