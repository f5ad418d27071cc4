package nl.midoffice.simulator.legacysuite.zds;

/** The Fo03 codes this suite uses. Senders should decide on plek; the code is for people reading logs. */
final class FoutCodes {

    /** The message is not well-formed XML, contains a DOCTYPE, or is not a SOAP 1.1 envelope. */
    static final String ONGELDIG_BERICHT = "StUF001";
    /** SOAPAction, message or function not offered on this endpoint. */
    static final String NIET_ONDERSTEUND = "StUF003";
    /** A required element is missing or has an invalid value. */
    static final String ONGELDIG_GEGEVEN = "StUF052";
    /** A BSN (of the initiator, or of the person asked for) fails the 11-proef. */
    static final String ONGELDIG_BSN = "StUF055";
    /** A zaak with this identificatie exists with another initiator. */
    static final String BESTAAT_AL = "StUF046";
    /** The suite itself failed. */
    static final String TECHNISCH = "StUF058";

    private FoutCodes() {
    }
}
