package nl.midoffice.simulator.zaken.zaak;

import java.util.UUID;

/** Paths of the Zaken API resources; URLs are a base URL plus these. */
public final class ZaakUrls {

    public static final String API = "/zaken/api/v1";
    public static final String ZAKEN = API + "/zaken/";
    public static final String STATUSSEN = API + "/statussen/";
    public static final String ROLLEN = API + "/rollen/";

    private ZaakUrls() {
    }

    public static String zaak(String basis, UUID uuid) {
        return basis + ZAKEN + uuid;
    }

    public static String status(String basis, UUID uuid) {
        return basis + STATUSSEN + uuid;
    }

    public static String rol(String basis, UUID uuid) {
        return basis + ROLLEN + uuid;
    }
}
