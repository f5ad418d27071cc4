package nl.midoffice.adapter.legacysuite;

/** A technical failure of the legacy suite (unavailable, 5xx, Fo03 with plek server): worth retrying. */
public class LegacySuiteStoring extends RuntimeException {
    public LegacySuiteStoring(String message) {
        super(message);
    }
}
