package nl.midoffice.simulator.zaken.zaak;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A consistent snapshot of one zaak with its statuses (oldest first) and roles.
 *
 * @param herhalingen how many times a client tried to create it again (answered identificatie-niet-uniek)
 */
public record ZaakStand(Zaak zaak, List<Status> statussen, List<Rol> rollen, int herhalingen) {

    /** The current status: the latest datumStatusGezet, as Open Zaak determines it. */
    public Optional<Status> huidigeStatus() {
        return statussen.stream().max(Comparator.comparing(Status::datumStatusGezet).thenComparingLong(Status::volgorde));
    }

    /** Set when the current status is an eindstatus: the day it was reached. */
    public LocalDate einddatum(ZoneId zone) {
        return huidigeStatus().filter(s -> s.statustype().isEindstatus())
                .map(s -> s.datumStatusGezet().atZoneSameInstant(zone).toLocalDate()).orElse(null);
    }

    public boolean isAfgesloten() {
        return huidigeStatus().map(s -> s.statustype().isEindstatus()).orElse(false);
    }

    /** BSN of the first natuurlijk persoon with the initiator roltype, or null. */
    public String initiatorBsn() {
        return rollen.stream().filter(r -> "initiator".equals(r.roltype().omschrijvingGeneriek()))
                .map(Rol::bsn).filter(bsn -> bsn != null).findFirst().orElse(null);
    }
}
