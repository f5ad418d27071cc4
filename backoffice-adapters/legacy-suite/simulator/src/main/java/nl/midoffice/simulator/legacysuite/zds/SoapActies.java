package nl.midoffice.simulator.legacysuite.zds;

import java.util.Set;

/** The SOAPActions each message accepts: ZDS 1.2 and ZDS 1.1 spellings (StUF-BG's for npsLv01), or none at all. */
final class SoapActies {

    private static final String ZDS12 = "http://www.stufstandaarden.nl/koppelvlak/zds0120/";
    private static final String ZDS11 = "http://www.egem.nl/StUF/sector/zkn/0310/";

    static final Set<String> CREEER_ZAAK = Set.of(ZDS12 + "creeerZaak_ZakLk01", ZDS11 + "creeerZaak_Lk01");
    static final Set<String> GEEF_ZAAKSTATUS = Set.of(ZDS12 + "geefZaakstatus_ZakLv01", ZDS11 + "geefZaakstatus_Lv01");
    /** Person lookup (StUF-BG 0310): the sector namespace plus the message name. */
    static final Set<String> GEEF_PERSOON = Set.of("http://www.egem.nl/StUF/sector/bg/0310/npsLv01");
    static final Set<String> GENEREER_ZAAKIDENTIFICATIE = Set.of(
            ZDS12 + "genereerZaakIdentificatie_Di02", ZDS11 + "genereerZaakIdentificatie_Di02");

    private SoapActies() {
    }

    /** SOAP 1.1 quotes the header value; some clients don't, some send it empty. All of those are fine. */
    static void controleer(String soapAction, Set<String> toegestaan) {
        if (soapAction == null) {
            return;
        }
        String actie = soapAction.trim();
        if (actie.length() >= 2 && actie.startsWith("\"") && actie.endsWith("\"")) {
            actie = actie.substring(1, actie.length() - 1).trim();
        }
        if (!actie.isEmpty() && !toegestaan.contains(actie)) {
            throw StufFout.client(FoutCodes.NIET_ONDERSTEUND, "Onbekende SOAPAction",
                    "SOAPAction '" + actie + "' wordt op dit endpoint niet ondersteund");
        }
    }
}
