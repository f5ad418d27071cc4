package nl.midoffice.simulator.vergunningen.pagina;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.midoffice.simulator.vergunningen.aanvraag.Aanvraag;
import nl.midoffice.simulator.vergunningen.aanvraag.AanvraagGegevens;
import nl.midoffice.simulator.vergunningen.aanvraag.AfleverStatus;
import nl.midoffice.simulator.vergunningen.aanvraag.Aflevering;
import nl.midoffice.simulator.vergunningen.aanvraag.Besluit;
import nl.midoffice.simulator.support.Bsn;
import nl.midoffice.simulator.vergunningen.aanvraag.Uitkomst;

/** One application as a clerk sees it: Dutch notation, the BSN masked, the callback credential never. */
record AanvraagRij(String id, String referentie, String ontvangenOp, String gemeente, String aanvrager,
                   String woonadres, String gemeenteVanInschrijving, String kenteken, String ingangsdatum,
                   boolean open, String besluit, boolean verleend, String reden, String vergunningnummer,
                   String geldigheid, boolean handmatig, String callbackUrl, String callbackStatus,
                   boolean callbackMislukt, int pogingen, String laatsteFout, String moment, int herhalingen) {

    static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    static AanvraagRij van(Aanvraag a, ZoneId zone) {
        AanvraagGegevens g = a.gegevens();
        Besluit b = a.besluit();
        Aflevering af = a.aflevering();
        return new AanvraagRij(a.id(), g.referentie(), tijd(a.ontvangenOp(), zone), g.gemeente(),
                Bsn.gemaskeerd(g.aanvrager().bsn()), g.aanvrager().woonadres().weergave(),
                g.aanvrager().gemeenteVanInschrijving(), g.kenteken().weergave(), datum(g.ingangsdatum()),
                b == null, b == null ? "In behandeling" : b.uitkomst() == Uitkomst.VERLEEND ? "Verleend" : "Afgewezen",
                b != null && b.uitkomst() == Uitkomst.VERLEEND, b == null ? null : b.reden(),
                b == null ? null : b.vergunningnummer(),
                b == null || b.geldigVanaf() == null ? null : datum(b.geldigVanaf()) + " tot " + datum(b.geldigTot()),
                b != null && b.handmatig(), g.callbackUrlWeergave(), omschrijving(af.status()),
                af.status() == AfleverStatus.MISLUKT, af.pogingen(), af.laatsteFout(), moment(af, zone),
                a.herhalingen());
    }

    private static String omschrijving(AfleverStatus status) {
        switch (status) {
            case WACHT_OP_BESLUIT: return "Wacht op besluit";
            case BEZIG: return "Bezig met afleveren";
            case AFGELEVERD: return "Afgeleverd";
            default: return "Mislukt";
        }
    }

    private static String moment(Aflevering af, ZoneId zone) {
        if (af.afgeleverdOp() != null) {
            return "op " + tijd(af.afgeleverdOp(), zone);
        }
        return af.volgendePogingOp() == null ? null : "volgende poging " + tijd(af.volgendePogingOp(), zone);
    }

    private static String tijd(Instant moment, ZoneId zone) {
        return TIJD.format(moment.atZone(zone));
    }

    private static String datum(LocalDate datum) {
        return DATUM.format(datum);
    }
}
