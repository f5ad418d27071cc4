package nl.midoffice.simulator.legacysuite.zds;

/**
 * A refusal that goes back as a SOAP Fault with a StUF Fo03Bericht. plek "client" tells the sender
 * its message is wrong (do not retry); plek "server" that the suite failed (retrying may help).
 */
class StufFout extends RuntimeException {

    enum Plek { CLIENT, SERVER }

    private final String code;
    private final Plek plek;
    private final String details;

    StufFout(String code, Plek plek, String omschrijving, String details) {
        super(omschrijving);
        this.code = code;
        this.plek = plek;
        this.details = details;
    }

    static StufFout client(String code, String omschrijving, String details) {
        return new StufFout(code, Plek.CLIENT, omschrijving, details);
    }

    static StufFout server(String omschrijving, String details) {
        return new StufFout(FoutCodes.TECHNISCH, Plek.SERVER, omschrijving, details);
    }

    String code() {
        return code;
    }

    Plek plek() {
        return plek;
    }

    String omschrijving() {
        return getMessage();
    }

    String details() {
        return details;
    }
}
