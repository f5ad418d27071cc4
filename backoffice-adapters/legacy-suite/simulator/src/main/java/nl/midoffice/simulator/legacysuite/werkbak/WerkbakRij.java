package nl.midoffice.simulator.legacysuite.werkbak;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.midoffice.simulator.legacysuite.zaak.Bsn;
import nl.midoffice.simulator.legacysuite.zaak.NieuweZaak;
import nl.midoffice.simulator.legacysuite.zaak.Zaak;

/** One zaak as the clerk sees it: dates in Dutch notation, the BSN masked. */
record WerkbakRij(String identificatie, String ontvangenOp, String gemeente, String zaaktype,
                  String omschrijving, String toelichting, String initiator, String status,
                  boolean afgesloten, int herhalingen, List<Historie> historie) {

    static final DateTimeFormatter WEERGAVE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    record Historie(String status, String toelichting, String gezetOp) {
    }

    static WerkbakRij van(Zaak zaak, Clock clock) {
        NieuweZaak g = zaak.gegevens();
        return new WerkbakRij(g.identificatie(), WEERGAVE.format(zaak.ontvangenOp().atZone(clock.getZone())),
                g.gemeente(), g.zaaktypeOmschrijving() != null ? g.zaaktypeOmschrijving() : g.zaaktypeCode(),
                g.omschrijving(), g.toelichting(), Bsn.gemaskeerd(g.initiatorBsn()),
                zaak.huidigeStatus().status().omschrijving(), zaak.huidigeStatus().status().eindstatus(),
                zaak.herhalingen(),
                zaak.statussen().stream()
                        .map(s -> new Historie(s.status().omschrijving(), s.toelichting(),
                                WEERGAVE.format(s.gezetOp().atZone(clock.getZone()))))
                        .toList());
    }
}
