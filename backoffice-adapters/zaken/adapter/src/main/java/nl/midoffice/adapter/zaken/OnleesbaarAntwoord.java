package nl.midoffice.adapter.zaken;

/** The zaaksysteem answered something that is not the JSON we can read: a technical failure. */
public class OnleesbaarAntwoord extends ZakenStoring {

    public OnleesbaarAntwoord(String message, Throwable cause) {
        super(message, cause);
    }
}
