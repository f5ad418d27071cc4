package nl.midoffice.adapter.legacysuite;

import java.time.format.DateTimeFormatter;

/** Names of the StUF-ZKN 0310 / ZDS protocol as the legacy suite speaks it. */
final class Stuf {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String STUF = "http://www.egem.nl/StUF/StUF0301";
    static final String ZKN = "http://www.egem.nl/StUF/sector/zkn/0310";
    static final String BG = "http://www.egem.nl/StUF/sector/bg/0310";

    static final String SOAP_ACTION_CREEER_ZAAK = "http://www.stufstandaarden.nl/koppelvlak/zds0120/creeerZaak_ZakLk01";
    static final String SOAP_ACTION_GEEF_ZAAKSTATUS =
            "http://www.stufstandaarden.nl/koppelvlak/zds0120/geefZaakstatus_ZakLv01";

    static final String PAD_ONTVANG_ASYNCHROON = "/zds/OntvangAsynchroon";
    static final String PAD_BEANTWOORD_VRAAG = "/zds/BeantwoordVraag";

    /** The kenmerk bron under which the mid-office's aanvraag id travels with the zaak. */
    static final String KENMERK_BRON_AANVRAAG = "midoffice-aanvraag";

    static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("yyyyMMdd");

    private Stuf() {
    }
}
