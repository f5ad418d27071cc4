package nl.midoffice.adapter.zaken;

/** A technical failure of the zaaksysteem (unavailable, 5xx, an unexpected answer): worth retrying. */
public class ZakenStoring extends RuntimeException {

    public ZakenStoring(String message) {
        super(message);
    }

    public ZakenStoring(String message, Throwable cause) {
        super(message, cause);
    }
}
