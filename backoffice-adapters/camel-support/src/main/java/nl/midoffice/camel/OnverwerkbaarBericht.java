package nl.midoffice.camel;

/**
 * A message that can never be processed, however often it is delivered (a poison message): it goes to
 * the dead-letter queue at once, with this exception's message as the reason.
 */
public class OnverwerkbaarBericht extends RuntimeException {

    public OnverwerkbaarBericht(String message) {
        super(message);
    }

    public OnverwerkbaarBericht(String message, Throwable cause) {
        super(message, cause);
    }
}
