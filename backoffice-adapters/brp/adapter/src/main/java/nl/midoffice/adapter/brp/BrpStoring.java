package nl.midoffice.adapter.brp;

/**
 * A technical failure of the BRP (unavailable, 5xx, not authorised, an answer we cannot read): worth retrying.
 * Its message never holds a BSN or other personal data.
 */
public class BrpStoring extends RuntimeException {

    public BrpStoring(String message) {
        super(message);
    }

    public BrpStoring(String message, Throwable cause) {
        super(message, cause);
    }
}
