package nl.midoffice.portal.midoffice;

/** The aanvraag does not exist or is not this citizen's: the mid-office answers 404 for both, on purpose. */
public class AanvraagNietGevondenException extends RuntimeException {

    public AanvraagNietGevondenException() {
        super("Aanvraag not found for this citizen");
    }
}
