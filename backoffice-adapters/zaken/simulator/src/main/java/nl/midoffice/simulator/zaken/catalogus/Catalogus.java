package nl.midoffice.simulator.zaken.catalogus;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.midoffice.simulator.zaken.zgw.ResourceUrl;

/**
 * A fixed, minimal stand-in for the Catalogi API: what a Zaken API needs to validate zaaktype,
 * statustype and roltype URLs. The UUIDs never change, so adapters can configure the URLs.
 */
@Component
public class Catalogus {

    public static final String PAD = "/catalogi/api/v1";
    public static final String ZAAKTYPEN = PAD + "/zaaktypen/";
    public static final String STATUSTYPEN = PAD + "/statustypen/";
    public static final String ROLTYPEN = PAD + "/roltypen/";
    public static final String CATALOGUSSEN = PAD + "/catalogussen/";

    public static final UUID CATALOGUS = UUID.fromString("4c8f6e83-9051-4d37-af42-8ea000000001");

    public static final ZaakType MELDING_OPENBARE_RUIMTE = new ZaakType(
            UUID.fromString("1f0c8a52-3b6e-4d2a-9c1e-5a7b00000001"), "melding-openbare-ruimte",
            "Melding openbare ruimte", "openbaar", "Melden", "P4W");
    public static final ZaakType VERHUIZING = new ZaakType(
            UUID.fromString("1f0c8a52-3b6e-4d2a-9c1e-5a7b00000002"), "verhuizing",
            "Verhuizing binnen de gemeente", "vertrouwelijk", "Melden", "P5D");
    public static final ZaakType PARKEERVERGUNNING = new ZaakType(
            UUID.fromString("1f0c8a52-3b6e-4d2a-9c1e-5a7b00000003"), "parkeervergunning",
            "Parkeervergunning voor bewoners", "zaakvertrouwelijk", "Aanvragen", "P8W");

    public static final StatusType ONTVANGEN = new StatusType(
            UUID.fromString("2a9d4c61-7e3f-4b15-8d20-6c8e00000001"), "Ontvangen", 1, false,
            "Uw aanvraag is ontvangen.");
    public static final StatusType IN_BEHANDELING = new StatusType(
            UUID.fromString("2a9d4c61-7e3f-4b15-8d20-6c8e00000002"), "In behandeling", 2, false,
            "Uw aanvraag is in behandeling.");
    public static final StatusType AFGEHANDELD = new StatusType(
            UUID.fromString("2a9d4c61-7e3f-4b15-8d20-6c8e00000003"), "Afgehandeld", 3, true,
            "Uw aanvraag is afgehandeld.");
    public static final StatusType AFGEWEZEN = new StatusType(
            UUID.fromString("2a9d4c61-7e3f-4b15-8d20-6c8e00000004"), "Afgewezen", 4, true,
            "Uw aanvraag is afgewezen.");

    public static final RolType INITIATOR = new RolType(
            UUID.fromString("3b7e5d72-8f40-4c26-9e31-7d9f00000001"), "Initiator", "initiator");

    private static final List<ZaakType> ZAAKTYPEN_LIJST = List.of(MELDING_OPENBARE_RUIMTE, VERHUIZING, PARKEERVERGUNNING);
    private static final List<StatusType> STATUSTYPEN_LIJST = List.of(ONTVANGEN, IN_BEHANDELING, AFGEHANDELD, AFGEWEZEN);
    private static final List<RolType> ROLTYPEN_LIJST = List.of(INITIATOR);

    public List<ZaakType> zaaktypen() {
        return ZAAKTYPEN_LIJST;
    }

    public List<StatusType> statustypen() {
        return STATUSTYPEN_LIJST;
    }

    public List<RolType> roltypen() {
        return ROLTYPEN_LIJST;
    }

    public Optional<ZaakType> zaaktype(UUID uuid) {
        return ZAAKTYPEN_LIJST.stream().filter(t -> t.uuid().equals(uuid)).findFirst();
    }

    public Optional<StatusType> statustype(UUID uuid) {
        return STATUSTYPEN_LIJST.stream().filter(t -> t.uuid().equals(uuid)).findFirst();
    }

    public Optional<RolType> roltype(UUID uuid) {
        return ROLTYPEN_LIJST.stream().filter(t -> t.uuid().equals(uuid)).findFirst();
    }

    /** Resolves by path only (see {@link ResourceUrl#uuidNa}). */
    public Optional<ZaakType> zaaktype(URI url) {
        return ResourceUrl.uuidNa(url, ZAAKTYPEN).flatMap(this::zaaktype);
    }

    public Optional<StatusType> statustype(URI url) {
        return ResourceUrl.uuidNa(url, STATUSTYPEN).flatMap(this::statustype);
    }

    public Optional<RolType> roltype(URI url) {
        return ResourceUrl.uuidNa(url, ROLTYPEN).flatMap(this::roltype);
    }
}
