package nl.midoffice.simulator.zaken.zaaksysteem;

import java.time.ZoneId;
import java.util.List;

import nl.midoffice.simulator.zaken.notificatie.Aflevering;
import nl.midoffice.simulator.zaken.notificatie.Verzending;

/** One sent notification and how its delivery went, per subscriber. */
record NotificatieRij(String aanmaakdatum, String resource, String actie, String resourceUrl, List<AfleveringRij> afleveringen) {

    record AfleveringRij(String callbackUrl, String toestand, String klasse, int pogingen, String fout) {
    }

    static NotificatieRij van(Verzending verzending, ZoneId zone) {
        var n = verzending.notificatie();
        return new NotificatieRij(ZaakRij.TIJDSTIP.format(n.aanmaakdatum().atZone(zone)), n.resource(), n.actie(),
                n.resourceUrl(), verzending.afleveringen().stream().map(NotificatieRij::aflevering).toList());
    }

    private static AfleveringRij aflevering(Aflevering a) {
        return switch (a.toestand()) {
            case AFGELEVERD -> new AfleveringRij(a.callbackUrl(), "Afgeleverd", "afgeleverd", a.pogingen(), null);
            case BEZIG -> new AfleveringRij(a.callbackUrl(), "Bezig", "bezig", a.pogingen(), a.laatsteFout());
            case MISLUKT -> new AfleveringRij(a.callbackUrl(), "Mislukt", "mislukt", a.pogingen(), a.laatsteFout());
        };
    }
}
