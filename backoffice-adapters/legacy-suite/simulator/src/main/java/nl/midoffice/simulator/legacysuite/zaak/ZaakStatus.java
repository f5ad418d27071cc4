package nl.midoffice.simulator.legacysuite.zaak;

/** The statuses of the suite's single zaaktype model, with the texts it puts on the wire. */
public enum ZaakStatus {
    GEREGISTREERD(1, "Geregistreerd", false),
    IN_BEHANDELING(2, "In behandeling", false),
    AFGEHANDELD(3, "Afgehandeld", true),
    AFGEWEZEN(4, "Afgewezen", true);

    private final int volgnummer;
    private final String omschrijving;
    private final boolean eindstatus;

    ZaakStatus(int volgnummer, String omschrijving, boolean eindstatus) {
        this.volgnummer = volgnummer;
        this.omschrijving = omschrijving;
        this.eindstatus = eindstatus;
    }

    public int volgnummer() {
        return volgnummer;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean eindstatus() {
        return eindstatus;
    }
}
