package nl.midoffice.simulator.zaken.zaaksysteem;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.midoffice.simulator.support.Bsn;
import nl.midoffice.simulator.zaken.zaak.Rol;
import nl.midoffice.simulator.zaken.zaak.Status;
import nl.midoffice.simulator.zaken.zaak.ZaakStand;

/** One zaak as the page shows it: Dutch dates, the BSN masked. */
record ZaakRij(String uuid, String identificatie, String zaaktype, String bronorganisatie, String startdatum,
               String ontvangenOp, String aanvraagId, String status, boolean afgesloten, List<String> rollen,
               List<Historie> historie, int herhalingen) {

    static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    record Historie(String gezetOp, String status, String toelichting) {
    }

    static ZaakRij van(ZaakStand stand, ZoneId zone) {
        var z = stand.zaak();
        return new ZaakRij(z.uuid().toString(), z.identificatie(), z.zaaktype().omschrijving(), z.bronorganisatie(),
                DATUM.format(z.startdatum()), TIJDSTIP.format(z.ontvangenOp().atZone(zone)), z.aanvraagId(),
                stand.huidigeStatus().map(s -> s.statustype().omschrijving()).orElse("(nog geen status)"),
                stand.isAfgesloten(), stand.rollen().stream().map(ZaakRij::rol).toList(),
                stand.statussen().stream().map(s -> historie(s, zone)).toList(), stand.herhalingen());
    }

    private static String rol(Rol rol) {
        String wie = rol.bsn() != null ? "BSN " + Bsn.gemaskeerd(rol.bsn())
                : rol.afwijkendeNaamBetrokkene() != null && !rol.afwijkendeNaamBetrokkene().isEmpty()
                ? rol.afwijkendeNaamBetrokkene() : rol.betrokkeneType();
        return rol.roltype().omschrijving() + ": " + wie;
    }

    private static Historie historie(Status s, ZoneId zone) {
        return new Historie(TIJDSTIP.format(s.datumStatusGezet().atZoneSameInstant(zone)), s.statustype().omschrijving(),
                s.statustoelichting());
    }
}
