package nl.midoffice.adapter.legacysuite;

/** The legacy suite answered something that is not a StUF message we can read: a technical failure. */
public class OnleesbaarAntwoord extends LegacySuiteStoring {
    public OnleesbaarAntwoord(String message) {
        super(message);
    }
}
