package nl.midoffice.simulator.zaken.zaak;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.zaken.catalogus.StatusType;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;

/**
 * The zaken, statuses and roles held in memory. One lock: a uniqueness check and the store that
 * follows it are one step, so two concurrent creates of the same identificatie cannot both succeed.
 */
@Component
public class ZaakRegister {

    private final Map<UUID, Zaak> zaken = new LinkedHashMap<>();
    private final Map<UUID, List<Status>> statussen = new HashMap<>();
    private final Map<UUID, List<Rol>> rollen = new HashMap<>();
    private final Map<UUID, Integer> herhalingen = new HashMap<>();
    private long volgorde;

    /**
     * Stores a new zaak; without identificatie it gets one as Open Zaak generates them
     * ({@code ZAAK-<year of registratiedatum>-<10 digits>}).
     *
     * @throws ZgwFout 400 {@code identificatie-niet-uniek} when the bronorganisatie already has that identificatie
     */
    synchronized Zaak registreer(Zaak nieuw) {
        Zaak zaak = nieuw.identificatie() == null || nieuw.identificatie().isEmpty()
                ? nieuw.metIdentificatie(vrijeIdentificatie(nieuw))
                : nieuw;
        Optional<Zaak> bestaand = zoek(zaak.identificatie(), zaak.bronorganisatie());
        if (bestaand.isPresent()) {
            herhalingen.merge(bestaand.get().uuid(), 1, Integer::sum);
            throw ZgwFout.validatie("identificatie", "identificatie-niet-uniek",
                    "Deze identificatie (" + zaak.identificatie() + ") bestaat al voor deze bronorganisatie");
        }
        zaken.put(zaak.uuid(), zaak);
        return zaak;
    }

    private String vrijeIdentificatie(Zaak zaak) {
        String prefix = "ZAAK-" + zaak.registratiedatum().getYear() + "-";
        long volgnummer = zaken.values().stream()
                .filter(z -> z.bronorganisatie().equals(zaak.bronorganisatie()) && z.identificatie().startsWith(prefix))
                .count() + 1;
        String kandidaat;
        do {
            kandidaat = prefix + String.format("%010d", volgnummer++);
        } while (zoek(kandidaat, zaak.bronorganisatie()).isPresent());
        return kandidaat;
    }

    private Optional<Zaak> zoek(String identificatie, String bronorganisatie) {
        return zaken.values().stream()
                .filter(z -> z.identificatie().equals(identificatie) && z.bronorganisatie().equals(bronorganisatie))
                .findFirst();
    }

    public synchronized Optional<ZaakStand> zoek(UUID uuid) {
        return Optional.ofNullable(zaken.get(uuid)).map(this::stand);
    }

    public synchronized List<ZaakStand> alleNieuwsteEerst() {
        List<ZaakStand> alle = new ArrayList<>(zaken.values().stream().map(this::stand).toList());
        Collections.reverse(alle);
        return alle;
    }

    /** @return the zaak as it stands after the status was added, or empty when the zaak is unknown */
    synchronized Optional<ZaakStand> voegStatusToe(UUID zaakUuid, StatusZonderVolgorde status) {
        if (!zaken.containsKey(zaakUuid)) {
            return Optional.empty();
        }
        statussen.computeIfAbsent(zaakUuid, u -> new ArrayList<>()).add(status.met(++volgorde));
        return zoek(zaakUuid);
    }

    synchronized boolean voegRolToe(Rol rol) {
        if (!zaken.containsKey(rol.zaakUuid())) {
            return false;
        }
        rollen.computeIfAbsent(rol.zaakUuid(), u -> new ArrayList<>()).add(rol);
        return true;
    }

    synchronized List<Status> statussen(Predicate<Status> filter) {
        return statussen.values().stream().flatMap(List::stream).filter(filter)
                .sorted((a, b) -> Long.compare(b.volgorde(), a.volgorde())).toList();
    }

    synchronized List<Rol> rollen(Predicate<Rol> filter) {
        return rollen.values().stream().flatMap(List::stream).filter(filter)
                .sorted((a, b) -> b.registratiedatum().compareTo(a.registratiedatum())).toList();
    }

    public synchronized void wis() {
        zaken.clear();
        statussen.clear();
        rollen.clear();
        herhalingen.clear();
    }

    private ZaakStand stand(Zaak zaak) {
        return new ZaakStand(zaak, List.copyOf(statussen.getOrDefault(zaak.uuid(), List.of())),
                List.copyOf(rollen.getOrDefault(zaak.uuid(), List.of())), herhalingen.getOrDefault(zaak.uuid(), 0));
    }

    /** A status before the register has given it its place in the order of registration. */
    record StatusZonderVolgorde(UUID uuid, UUID zaakUuid, StatusType statustype,
                                String statustypeUrl, OffsetDateTime datumStatusGezet, String statustoelichting) {

        Status met(long volgorde) {
            return new Status(uuid, zaakUuid, statustype, statustypeUrl, datumStatusGezet, statustoelichting, volgorde);
        }
    }
}
