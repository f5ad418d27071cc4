package nl.midoffice.simulator.legacysuite.zaak;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import nl.midoffice.log.LogTekst;

/**
 * The suite's zaak store, in memory. Keyed on identificatie like the real system: every decision
 * about one zaak happens inside {@link ConcurrentMap#compute}, so concurrent deliveries of the same
 * identificatie still create exactly one zaak.
 */
@Component
public class ZaakRegister {

    private static final Logger LOG = LoggerFactory.getLogger(ZaakRegister.class);

    private final ConcurrentMap<String, Zaak> zaken = new ConcurrentHashMap<>();
    private final AtomicLong volgorde = new AtomicLong();
    private final AtomicLong vergunningnummers = new AtomicLong();
    private final Clock clock;

    public ZaakRegister(Clock clock) {
        this.clock = clock;
    }

    public Registratie registreer(NieuweZaak gegevens, Aflevering aflevering) {
        AtomicReference<Registratie> uitkomst = new AtomicReference<>();
        zaken.compute(gegevens.identificatie(), (id, bestaand) -> {
            if (bestaand == null) {
                uitkomst.set(Registratie.AANGEMAAKT);
                return Zaak.nieuw(volgorde.incrementAndGet(), gegevens, aflevering, clock.instant());
            }
            if (!bestaand.gegevens().initiatorBsn().equals(gegevens.initiatorBsn())) {
                uitkomst.set(Registratie.CONFLICT);
                return bestaand;
            }
            uitkomst.set(Registratie.HERHALING);
            return bestaand.metHerhaling();
        });
        LOG.info("creeerZaak {}: {} (referentienummer {})",
                LogTekst.veilig(gegevens.identificatie()), uitkomst.get(),
                LogTekst.veilig(aflevering.referentienummer()));
        return uitkomst.get();
    }

    /** Appends a status; refused for unknown zaken, from a final status, or to the current status. */
    public Zaak wijzigStatus(String identificatie, ZaakStatus status, String toelichting) {
        if (status == ZaakStatus.GEREGISTREERD) {
            throw new StatusWijzigingGeweigerdException("Een zaak kan niet terug naar de status Geregistreerd.");
        }
        Zaak gewijzigd = zaken.computeIfPresent(identificatie, (id, zaak) -> {
            ZaakStatus huidig = zaak.huidigeStatus().status();
            if (huidig.eindstatus()) {
                throw new StatusWijzigingGeweigerdException("Zaak " + id + " is al " + huidig.omschrijving().toLowerCase()
                        + "; de status kan niet meer worden gewijzigd.");
            }
            if (huidig == status) {
                throw new StatusWijzigingGeweigerdException("Zaak " + id + " heeft de status "
                        + status.omschrijving() + " al.");
            }
            return zaak.met(new StatusWijziging(status, toelichting, clock.instant()));
        });
        if (gewijzigd == null) {
            throw new StatusWijzigingGeweigerdException("Zaak " + identificatie + " bestaat niet.");
        }
        LOG.info("Zaak {}: status {}", LogTekst.veilig(identificatie), LogTekst.veilig(status.omschrijving()));
        return gewijzigd;
    }

    /** Grants the parking permit of this zaak: status Afgehandeld, with a fresh vergunningnummer. */
    public Zaak verleen(String identificatie, LocalDate geldigVanaf, LocalDate geldigTot) {
        return besluit(identificatie, zaak -> Besluit.verleend(() -> vergunningnummer(zaak), geldigVanaf, geldigTot, clock.instant()));
    }

    /** Refuses the parking permit of this zaak: status Afgewezen, the reason as toelichting. */
    public Zaak wijsAf(String identificatie, String reden) {
        return besluit(identificatie, zaak -> Besluit.afgewezen(reden, clock.instant()));
    }

    private Zaak besluit(String identificatie, Function<Zaak, Besluit> opstellen) {
        Zaak besloten = zaken.computeIfPresent(identificatie, (id, zaak) -> {
            if (!zaak.gegevens().isParkeervergunning()) {
                throw new StatusWijzigingGeweigerdException("Zaak " + id + " is geen parkeervergunning; er valt niets te besluiten.");
            }
            if (zaak.huidigeStatus().status().eindstatus()) {
                throw new StatusWijzigingGeweigerdException("Zaak " + id + " is al "
                        + zaak.huidigeStatus().status().omschrijving().toLowerCase() + "; er kan geen besluit meer worden genomen.");
            }
            return zaak.met(opstellen.apply(zaak));
        });
        if (besloten == null) {
            throw new StatusWijzigingGeweigerdException("Zaak " + identificatie + " bestaat niet.");
        }
        LOG.info("Zaak {}: besluit {}", LogTekst.veilig(identificatie), besloten.besluit().uitkomst());
        return besloten;
    }

    /** PV-&lt;gemeente&gt;-&lt;nnnnnn&gt;, unique for the life of the suite. */
    private String vergunningnummer(Zaak zaak) {
        String gemeente = zaak.gegevens().gemeente() == null ? "" : zaak.gegevens().gemeente().replaceAll("[^A-Za-z0-9]", "");
        return "PV-%s-%06d".formatted(gemeente, vergunningnummers.incrementAndGet());
    }

    public boolean bestaat(String identificatie) {
        return zaken.containsKey(identificatie);
    }

    public Optional<Zaak> zoek(String identificatie) {
        return Optional.ofNullable(zaken.get(identificatie));
    }

    /** Newest first, as a clerk reads a work queue. */
    public List<Zaak> alleNieuwsteEerst() {
        return zaken.values().stream()
                .sorted(Comparator.comparingLong(Zaak::volgorde).reversed())
                .toList();
    }

    public void wis() {
        zaken.clear();
        LOG.info("Alle zaken gewist");
    }
}
