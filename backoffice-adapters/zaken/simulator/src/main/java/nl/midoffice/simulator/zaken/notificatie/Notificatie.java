package nl.midoffice.simulator.zaken.notificatie;

import java.time.Instant;
import java.util.Map;

/**
 * A notification in the form of the ZGW Notificaties API 1.0 ({@code Message}), as a Zaken API
 * publishes it on kanaal {@code zaken}.
 *
 * @param hoofdObject the zaak URL
 * @param resource    {@code zaak}, {@code status} or {@code rol}
 * @param actie       {@code create}, {@code update}, ...
 * @param kenmerken   bronorganisatie, zaaktype and vertrouwelijkheidaanduiding of the zaak
 */
public record Notificatie(String kanaal, String hoofdObject, String resource, String resourceUrl, String actie,
                          Instant aanmaakdatum, Map<String, String> kenmerken) {

    public static final String KANAAL_ZAKEN = "zaken";

    public Notificatie {
        kenmerken = Map.copyOf(kenmerken);
    }
}
