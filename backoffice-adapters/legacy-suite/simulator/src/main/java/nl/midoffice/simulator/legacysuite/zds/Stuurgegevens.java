package nl.midoffice.simulator.legacysuite.zds;

import org.w3c.dom.Element;

/** The StUF stuurgegevens of an incoming message, as far as the answer needs them. */
record Stuurgegevens(String berichtcode, String zenderOrganisatie, String zenderApplicatie,
                     String ontvangerOrganisatie, String ontvangerApplicatie,
                     String referentienummer, String functie, String entiteittype) {

    static final Stuurgegevens ONBEKEND = new Stuurgegevens(null, null, null, null, null, null, null, null);

    /**
     * Tolerates stuurgegevens in the message's sector namespace (ZKN or BG, as 0310 prescribes) or
     * in StUF's own.
     */
    static Stuurgegevens van(Element bericht) {
        Element sg = Dom.kind(bericht, Namespaces.ZKN, "stuurgegevens");
        if (sg == null) {
            sg = Dom.kind(bericht, Namespaces.BG, "stuurgegevens");
        }
        if (sg == null) {
            sg = Dom.kind(bericht, Namespaces.STUF, "stuurgegevens");
        }
        if (sg == null) {
            return ONBEKEND;
        }
        Element zender = Dom.kind(sg, Namespaces.STUF, "zender");
        Element ontvanger = Dom.kind(sg, Namespaces.STUF, "ontvanger");
        return new Stuurgegevens(
                Dom.tekst(sg, Namespaces.STUF, "berichtcode"),
                Dom.tekst(zender, Namespaces.STUF, "organisatie"),
                Dom.tekst(zender, Namespaces.STUF, "applicatie"),
                Dom.tekst(ontvanger, Namespaces.STUF, "organisatie"),
                Dom.tekst(ontvanger, Namespaces.STUF, "applicatie"),
                Dom.tekst(sg, Namespaces.STUF, "referentienummer"),
                Dom.tekst(sg, Namespaces.STUF, "functie"),
                Dom.tekst(sg, Namespaces.STUF, "entiteittype"));
    }

    /** The municipality a message is about: the receiving organisation, else the sending one. */
    String gemeente() {
        return ontvangerOrganisatie != null ? ontvangerOrganisatie : zenderOrganisatie;
    }
}
