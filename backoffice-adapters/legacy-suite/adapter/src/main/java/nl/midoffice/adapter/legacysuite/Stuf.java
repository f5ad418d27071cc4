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
    /** StUF-BG names its questions after the sector namespace and the message. */
    static final String SOAP_ACTION_NPS_LV01 = "http://www.egem.nl/StUF/sector/bg/0310/npsLv01";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    static final String PAD_ONTVANG_ASYNCHROON = "/zds/OntvangAsynchroon";
    static final String PAD_BEANTWOORD_VRAAG = "/zds/BeantwoordVraag";

    /** The kenmerk bron under which the mid-office's aanvraag id travels with the zaak. */
    static final String KENMERK_BRON_AANVRAAG = "midoffice-aanvraag";

    /** The zaaktype code on which the suite offers a clerk the permit decision. */
    static final String ZAAKTYPE_PARKEERVERGUNNING = "parkeervergunning";

    /** The resultaat omschrijvingen with which the suite reports a clerk's permit decision. */
    static final String BESLUIT_VERLEEND = "VERLEEND";
    static final String BESLUIT_AFGEWEZEN = "AFGEWEZEN";

    static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("yyyyMMdd");

    private Stuf() {
    }
}
