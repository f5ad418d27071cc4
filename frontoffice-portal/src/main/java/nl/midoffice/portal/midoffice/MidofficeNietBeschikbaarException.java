package nl.midoffice.portal.midoffice;

/**
 * The mid-office could not serve the call: unreachable, timed out, 5xx, or it refused our token
 * (401/403, a configuration error). For the citizen these are all "try again later".
 */
public class MidofficeNietBeschikbaarException extends RuntimeException {

    MidofficeNietBeschikbaarException(String message, Throwable cause) {
        super(message, cause);
    }
}
