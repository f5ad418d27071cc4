package nl.midoffice.simulator.legacysuite.zds;

/** The namespaces of SOAP 1.1, StUF-ZKN 0310 and StUF-BG 0310; messages are matched on these, never on prefixes. */
final class Namespaces {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String STUF = "http://www.egem.nl/StUF/StUF0301";
    static final String ZKN = "http://www.egem.nl/StUF/sector/zkn/0310";
    static final String BG = "http://www.egem.nl/StUF/sector/bg/0310";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private Namespaces() {
    }
}
