package nl.midoffice.simulator.vergunningen.aanvraag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.midoffice.simulator.vergunningen.SimulatorProperties;
import nl.midoffice.log.LogTekst;

/**
 * The service's memory: applications, the referentie index that makes intake idempotent, and the
 * address register of granted permits. Intake and decisions span several maps, so they run under
 * this object's lock (a simulator's throughput is no concern; a double permit would be). Every
 * change of one application goes through {@link ConcurrentMap#compute} so delivery updates never
 * overwrite a decision; reads need no lock.
 */
@Component
public class AanvraagRegister {

    private static final Logger LOG = LoggerFactory.getLogger(AanvraagRegister.class);

    private final ConcurrentMap<String, Aanvraag> aanvragen = new ConcurrentHashMap<>();
    /** Guarded by this. */
    private final Map<String, String> idPerReferentie = new HashMap<>();
    /** Guarded by this. */
    private final Map<Adres, List<Vergunning>> vergunningenPerAdres = new HashMap<>();
    private final AtomicLong volgorde = new AtomicLong();
    /** Never reset, so a permit number is never handed out twice while the process lives. */
    private final AtomicLong vergunningVolgnummer = new AtomicLong();
    private final Beslisregels regels;
    private final Clock clock;
    private final String nummerPrefix;

    public AanvraagRegister(Beslisregels regels, Clock clock, SimulatorProperties properties) {
        this.regels = regels;
        this.clock = clock;
        this.nummerPrefix = properties.vergunningnummerPrefix();
    }

    public synchronized Ontvangst ontvang(AanvraagGegevens gegevens, Herkomst herkomst) {
        String bestaandId = idPerReferentie.get(gegevens.referentie());
        if (bestaandId != null) {
            Aanvraag bestaand = aanvragen.get(bestaandId);
            if (!bestaand.gegevens().equals(gegevens)) {
                LOG.info("Aanvraag met referentie {} geweigerd: referentie al gebruikt voor andere inhoud ({})",
                        LogTekst.veilig(gegevens.referentie()), bestaandId);
                return new Ontvangst(Registratie.CONFLICT, bestaand);
            }
            Aanvraag herhaald = aanvragen.computeIfPresent(bestaandId, (id, a) -> a.metHerhaling());
            LOG.info("Aanvraag {} opnieuw ontvangen (referentie {}): niets nieuws aangemaakt", bestaandId,
                    LogTekst.veilig(gegevens.referentie()));
            return new Ontvangst(Registratie.HERHALING, herhaald);
        }
        Aanvraag nieuw = new Aanvraag(UUID.randomUUID().toString(), volgorde.incrementAndGet(), gegevens, herkomst,
                clock.instant(), 0, null, Aflevering.WACHTEND);
        aanvragen.put(nieuw.id(), nieuw);
        idPerReferentie.put(gegevens.referentie(), nieuw.id());
        LOG.info("Aanvraag {} ontvangen (referentie {}, gemeente {}, kenteken {})", nieuw.id(),
                LogTekst.veilig(gegevens.referentie()), LogTekst.veilig(gegevens.gemeente()),
                LogTekst.veilig(gegevens.kenteken().waarde()));
        return new Ontvangst(Registratie.NIEUW, nieuw);
    }

    /** Decides by the rules; empty when the application is unknown (wiped) or already decided (by a clerk). */
    synchronized Optional<Aanvraag> beslisVolgensRegels(String id) {
        Aanvraag aanvraag = aanvragen.get(id);
        if (aanvraag == null || aanvraag.besluit() != null) {
            return Optional.empty();
        }
        AanvraagGegevens g = aanvraag.gegevens();
        LocalDate vandaag = LocalDate.now(clock);
        List<Vergunning> opHetAdres = vergunningenPerAdres.getOrDefault(g.aanvrager().woonadres(), List.of());
        Besluit besluit = regels.weigergrond(g, opHetAdres, vandaag)
                .map(reden -> Besluit.afgewezen(reden, vandaag, false))
                .orElseGet(() -> verleen(aanvraag, Beslisregels.VOLDAAN, vandaag, false));
        return Optional.of(legVast(id, besluit));
    }

    /** A clerk's decision overrides the rules, but only while the application is still open. */
    synchronized Aanvraag beslisHandmatig(String id, Uitkomst uitkomst, String reden) {
        Aanvraag aanvraag = aanvragen.get(id);
        if (aanvraag == null) {
            throw new BesluitGeweigerdException("Aanvraag " + id + " bestaat niet.");
        }
        if (aanvraag.besluit() != null) {
            throw new BesluitGeweigerdException("Aanvraag " + aanvraag.gegevens().referentie()
                    + " is al besloten; een besluit kan hier niet worden gewijzigd.");
        }
        LocalDate vandaag = LocalDate.now(clock);
        Besluit besluit = uitkomst == Uitkomst.VERLEEND
                ? verleen(aanvraag, reden, vandaag, true)
                : Besluit.afgewezen(reden, vandaag, true);
        return legVast(id, besluit);
    }

    /** Applies a change to the delivery state; empty when the application is gone (wiped). */
    public Optional<Aanvraag> werkAfleveringBij(String id, UnaryOperator<Aflevering> wijziging) {
        return Optional.ofNullable(aanvragen.computeIfPresent(id, (i, a) -> a.met(wijziging.apply(a.aflevering()))));
    }

    public Optional<Aanvraag> zoek(String id) {
        return Optional.ofNullable(aanvragen.get(id));
    }

    /** Newest first, as a clerk reads a list. */
    public List<Aanvraag> alleNieuwsteEerst() {
        return aanvragen.values().stream().sorted(Comparator.comparingLong(Aanvraag::volgorde).reversed()).toList();
    }

    /** Forgets applications, the referentie index and the address register (for tests and demos). */
    public synchronized void wis() {
        aanvragen.clear();
        idPerReferentie.clear();
        vergunningenPerAdres.clear();
        LOG.info("Alle aanvragen en verleende vergunningen gewist");
    }

    private Besluit verleen(Aanvraag aanvraag, String reden, LocalDate vandaag, boolean handmatig) {
        AanvraagGegevens g = aanvraag.gegevens();
        String nummer = String.format("%s-%s-%06d", nummerPrefix, g.gemeente(), vergunningVolgnummer.incrementAndGet());
        Besluit besluit = Besluit.verleend(reden, nummer, g.ingangsdatum(), vandaag, handmatig);
        vergunningenPerAdres.computeIfAbsent(g.aanvrager().woonadres(), a -> new ArrayList<>())
                .add(new Vergunning(aanvraag.id(), nummer, besluit.geldigVanaf(), besluit.geldigTot()));
        return besluit;
    }

    private Aanvraag legVast(String id, Besluit besluit) {
        Aanvraag besloten = aanvragen.computeIfPresent(id, (i, a) -> a.met(besluit));
        LOG.info("Aanvraag {} (referentie {}) besloten: {}{} — {}", id,
                LogTekst.veilig(besloten.gegevens().referentie()), besluit.uitkomst(),
                besluit.handmatig() ? " (handmatig)" : "", LogTekst.veilig(besluit.reden()));
        return besloten;
    }
}
