package nl.midoffice.midoffice.verwerking;

/**
 * A processing activity from the municipality's register of processing activities (AVG art. 30), for which the
 * mid-office looks up personal data: its name, purpose, legal ground, confidentiality and retention period, as
 * the VNG Verwerkingenlogging API records them with every action.
 */
public enum Verwerkingsactiviteit {

    VERHUIZING("verhuizing", "Verhuizing binnen de gemeente behandelen",
            "Uw verhuizing verwerken: controleren wie u bent en waar u nu woont.",
            "Wet basisregistratie personen, artikel 2.39 (aangifte van verhuizing)", "vertrouwelijk", "P20Y"),
    PARKEERVERGUNNING("parkeervergunning", "Parkeervergunning voor bewoners behandelen",
            "Uw aanvraag voor een parkeervergunning beoordelen: wonen op het adres waarvoor de vergunning is.",
            "Gemeentewet, artikel 149, met de parkeerverordening van de gemeente", "normaal", "P7Y"),
    VOORAF_INVULLEN("vooraf-invullen", "Formulier vooraf invullen",
            "Uw naam en adres alvast invullen in een formulier van het digitale loket.",
            "AVG, artikel 6 lid 1 sub e (taak van algemeen belang), Wet basisregistratie personen, artikel 3.3",
            "normaal", "P1Y");

    private final String id;
    private final String naam;
    private final String doel;
    private final String grondslag;
    private final String vertrouwelijkheid;
    private final String bewaartermijn;

    Verwerkingsactiviteit(String id, String naam, String doel, String grondslag, String vertrouwelijkheid,
            String bewaartermijn) {
        this.id = id;
        this.naam = naam;
        this.doel = doel;
        this.grondslag = grondslag;
        this.vertrouwelijkheid = vertrouwelijkheid;
        this.bewaartermijn = bewaartermijn;
    }

    /** The activity a lookup's {@code doel} names; a lookup outside an aanvraag prefills a form. */
    public static Verwerkingsactiviteit voorDoel(String doel) {
        for (Verwerkingsactiviteit a : values()) {
            if (a.id.equals(doel)) {
                return a;
            }
        }
        return VOORAF_INVULLEN;
    }

    public String id() {
        return id;
    }

    public String naam() {
        return naam;
    }

    public String doel() {
        return doel;
    }

    public String grondslag() {
        return grondslag;
    }

    public String vertrouwelijkheid() {
        return vertrouwelijkheid;
    }

    public String bewaartermijn() {
        return bewaartermijn;
    }
}
