package nl.midoffice.simulator.zaken.zgw;

import org.springframework.http.HttpStatus;

/**
 * CRS negotiation of the geo-enabled resources (zaken), as vng-api-common does it: only WGS84.
 * Open Zaak checks this after authentication.
 */
public final class Crs {

    public static final String EPSG_4326 = "EPSG:4326";
    public static final String ACCEPT_CRS = "Accept-Crs";
    public static final String CONTENT_CRS = "Content-Crs";

    private Crs() {
    }

    public static void controleerAccept(String acceptCrs) {
        if (acceptCrs == null || acceptCrs.isBlank()) {
            throw ZgwFout.voorwaardeNietVoldaan("missing-accept-crs-header", "'Accept-Crs' header ontbreekt");
        }
        if (!EPSG_4326.equals(acceptCrs.strip())) {
            throw new ZgwFout(HttpStatus.NOT_ACCEPTABLE, "NotAcceptable", "not_acceptable",
                    "Kan niet voldoen aan de opgegeven Accept-header.", "CRS '" + acceptCrs + "' is niet ondersteund", null);
        }
    }

    public static void controleerContent(String contentCrs) {
        if (contentCrs == null || contentCrs.isBlank()) {
            throw ZgwFout.voorwaardeNietVoldaan("missing-content-crs-header", "'Content-Crs' header ontbreekt");
        }
        if (!EPSG_4326.equals(contentCrs.strip())) {
            throw new ZgwFout(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType", "unsupported_media_type",
                    "Niet-ondersteund media type in verzoek.", "CRS '" + contentCrs + "' is niet ondersteund", null);
        }
    }
}
