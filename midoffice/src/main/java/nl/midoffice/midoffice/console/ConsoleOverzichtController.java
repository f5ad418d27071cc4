package nl.midoffice.midoffice.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Capability;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;
import nl.midoffice.midoffice.capability.CapabilityModi;
import nl.midoffice.midoffice.capability.Modus;
import nl.midoffice.midoffice.capability.Routering;
import nl.midoffice.midoffice.capability.StranglerRouter;
import nl.midoffice.midoffice.orchestratie.ZaakReplicatie;
import nl.midoffice.midoffice.spoor.Spoor;

/**
 * What the console polls (every 2 s): per municipality the modes and what flowed where, the latest switches, the
 * newest aanvragen, the traffic generator and the zaak replication per municipality; and, on demand, the trace of one aanvraag.
 */
@RestController
@RequestMapping(path = "/beheer/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ConsoleOverzichtController {

    static final Duration VENSTER = Duration.ofMinutes(5);
    private static final int FEED = 15;

    private final CapabilityModi modi;
    private final Stromen stromen;
    private final Verkeersgenerator verkeer;
    private final AanvraagRepository aanvragen;
    private final StranglerRouter router;
    private final Spoor spoor;
    private final ZaakReplicatie replicatie;

    ConsoleOverzichtController(CapabilityModi modi, Stromen stromen, Verkeersgenerator verkeer,
            AanvraagRepository aanvragen, StranglerRouter router, Spoor spoor, ZaakReplicatie replicatie) {
        this.modi = modi;
        this.stromen = stromen;
        this.verkeer = verkeer;
        this.aanvragen = aanvragen;
        this.router = router;
        this.spoor = spoor;
        this.replicatie = replicatie;
    }

    record CapabilityStand(String capability, Modus modus, String legacySysteem, String nieuwSysteem,
            Instant gewijzigdOp, String gewijzigdDoor) {
    }

    record Gemeente(String gemeente, String naam, List<CapabilityStand> capabilities) {
    }

    record Wissel(String gemeente, String capability, Modus van, Modus naar, String door, Instant tijdstip) {
    }

    record Overzicht(Instant tijdstip, long vensterMinuten, List<Gemeente> gemeenten, List<Stromen.Instroom> instroom,
            List<Stromen.StatusTelling> statussen, List<Stromen.Stroom> stromen, List<Wissel> wissels,
            List<Stromen.RecenteAanvraag> aanvragen, Verkeersgenerator.Stand verkeer,
            List<ConsoleReplicatieController.Replicatie> zaakreplicatie) {
    }

    @GetMapping("/overzicht")
    Overzicht overzicht() {
        Instant nu = Instant.now();
        Instant sinds = nu.minus(VENSTER);
        return new Overzicht(nu, VENSTER.toMinutes(), gemeenten(modi), stromen.instroom(sinds), stromen.statussen(),
                stromen.stromen(sinds),
                modi.wissels(10).stream().map(w -> new Wissel(w.gemeente(), w.capability().id(), w.van(), w.naar(),
                        w.door(), w.tijdstip())).toList(),
                stromen.recent(FEED), verkeer.stand(), modi.gemeenten().keySet().stream().sorted()
                        .map(g -> ConsoleReplicatieController.stand(replicatie, modi, g)).toList());
    }

    static List<Gemeente> gemeenten(CapabilityModi modi) {
        return modi.gemeenten().keySet().stream().sorted().map(code -> new Gemeente(code, modi.gemeenten().get(code),
                modi.standen(code).stream().map(s -> new CapabilityStand(s.capability().id(), s.modus(),
                        s.capability().legacySysteem(), s.capability().nieuwSysteem(), s.gewijzigdOp(),
                        s.gewijzigdDoor())).toList())).toList();
    }

    record Stap(String capability, Modus modus, String systeem, String schaduwSysteem, Instant tijdstip) {
        static Stap van(Routering r) {
            return new Stap(r.capability().id(), r.modus(), r.systeem(), r.schaduwSysteem(), r.tijdstip());
        }
    }

    /** The trace of one aanvraag: no BSN, no person data; the hops, where each step went, and the statuses. */
    record Trace(UUID id, String referentie, String product, String gemeente, AanvraagStatus status,
            String statusToelichting, String zaakSysteem, String zaakIdentificatie, String correlationId,
            Instant ontvangenOp, List<Stap> routering, List<Spoor.Stap> hops, List<Aanvraag.Statuswijziging> statussen) {
    }

    @GetMapping("/aanvragen/{id}/spoor")
    Trace spoor(@PathVariable UUID id) {
        Aanvraag a = aanvragen.vind(id).orElseThrow(() -> Problemen.nietGevonden("Er is geen aanvraag met dit id."));
        return new Trace(a.id(), a.referentie(), a.product(), a.gemeente(), a.status(), a.statusToelichting(),
                a.zaakSysteem(), a.zaakIdentificatie(), a.correlationId(), a.ontvangenOp(),
                router.routeringen(id).stream().map(Stap::van).toList(), spoor.van(id), aanvragen.historie(id));
    }

    static Capability capability(String id) {
        return Capability.metId(id).orElseThrow(() -> Problemen.nietGevonden(
                "Onbekende capability; kies persoonsgegevens, zaakregistratie of vergunningen."));
    }
}
