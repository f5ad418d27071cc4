package nl.midoffice.contracts;

/**
 * The units of disentangling (docs/architecture.md, capabilities): each is served by the legacy suite or by a
 * modern system, chosen per municipality by its mode.
 */
public enum Capability {
    /** Person lookup: the legacy suite's copy, or the BRP. */
    PERSOONSGEGEVENS("persoonsgegevens", Systemen.LEGACY_SUITE, Systemen.BRP),
    /** Register a zaak and track its status: the legacy suite, or the zaken system. */
    ZAAKREGISTRATIE("zaakregistratie", Systemen.LEGACY_SUITE, Systemen.ZAKEN),
    /** Decide on a permit: a clerk in the legacy suite's werkbak, or the vergunningen service. */
    VERGUNNINGEN("vergunningen", Systemen.LEGACY_SUITE, Systemen.VERGUNNINGEN);

    private final String id;
    private final String legacySysteem;
    private final String nieuwSysteem;

    Capability(String id, String legacySysteem, String nieuwSysteem) {
        this.id = id;
        this.legacySysteem = legacySysteem;
        this.nieuwSysteem = nieuwSysteem;
    }

    /** The name in URLs and the console, e.g. {@code zaakregistratie}. */
    public String id() {
        return id;
    }

    public String legacySysteem() {
        return legacySysteem;
    }

    public String nieuwSysteem() {
        return nieuwSysteem;
    }

    public static java.util.Optional<Capability> metId(String id) {
        for (Capability c : values()) {
            if (c.id.equals(id)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
