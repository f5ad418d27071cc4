package nl.midoffice.simulator.zaken.zgw;

import org.springframework.core.Ordered;

/**
 * Order of the servlet filters in front of the APIs, all before Spring Security's: headers and
 * correlation id first (so every answer carries them), then the failure mode (an outage answers 503
 * whoever calls), then authentication.
 */
public final class FilterVolgorde {

    public static final int API_KOP = Ordered.HIGHEST_PRECEDENCE + 10;
    /** The failure-mode filter of simulator-support; set as {@code simulator.gedrag.volgorde} in application.properties. */
    public static final int GEDRAG = Ordered.HIGHEST_PRECEDENCE + 20;
    public static final int AUTHENTICATIE = Ordered.HIGHEST_PRECEDENCE + 30;

    /** URL patterns of the simulated APIs; the control API, web page and actuator are not among them. */
    public static final String ZAKEN_API = "/zaken/api/*";
    public static final String CATALOGI_API = "/catalogi/api/*";
    public static final String NOTIFICATIES_API = "/notificaties/api/*";

    private FilterVolgorde() {
    }
}
