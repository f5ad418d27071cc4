package nl.midoffice.portal.midoffice;

/** The mid-office refused the input (400); the problem says which fields and why. */
public class OngeldigeAanvraagException extends RuntimeException {

    private final transient Probleem probleem;

    OngeldigeAanvraagException(Probleem probleem) {
        super("Mid-office rejected the aanvraag as invalid");
        this.probleem = probleem;
    }

    public Probleem getProbleem() {
        return probleem;
    }
}
