package nl.midoffice.simulator.vergunningen.aanvraag;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.vergunningen.SimulatorProperties;

/**
 * The rules a municipality applies to a resident's parking permit, in the order a clerk checks
 * them: is the applicant a resident, does the RDW know the car, is the address still free.
 * The shape of the plate was already checked at intake (a 400, not a decision).
 */
@Component
public class Beslisregels {

    static final String VOLDAAN = "Aan de voorwaarden voor een bewonersparkeervergunning is voldaan";
    static final String NIET_INGESCHREVEN = "U staat niet ingeschreven in deze gemeente";
    static final String KENTEKEN_ONBEKEND = "Het kenteken is niet bekend bij de RDW";
    static final String ADRES_AL_VERGUND = "Op dit adres is al een parkeervergunning verleend";

    private final Set<String> onbekendeKentekens;

    public Beslisregels(SimulatorProperties properties) {
        this.onbekendeKentekens = properties.onbekendeKentekens().stream()
                .map(k -> Kenteken.lees(k).map(Kenteken::waarde).orElse(k))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The reason to refuse, or empty when every rule is met. */
    Optional<String> weigergrond(AanvraagGegevens aanvraag, Collection<Vergunning> opHetAdres, LocalDate vandaag) {
        if (!aanvraag.gemeente().equals(aanvraag.aanvrager().gemeenteVanInschrijving())) {
            return Optional.of(NIET_INGESCHREVEN);
        }
        if (isOnbekendBijRdw(aanvraag.kenteken())) {
            return Optional.of(KENTEKEN_ONBEKEND);
        }
        LocalDate vanaf = aanvraag.ingangsdatum();
        if (opHetAdres.stream().anyMatch(v -> v.staatInDeWeg(vanaf, vanaf.plusYears(1), vandaag))) {
            return Optional.of(ADRES_AL_VERGUND);
        }
        return Optional.empty();
    }

    public boolean isOnbekendBijRdw(Kenteken kenteken) {
        return onbekendeKentekens.contains(kenteken.waarde());
    }

    public Set<String> onbekendeKentekens() {
        return onbekendeKentekens;
    }
}
