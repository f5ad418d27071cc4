package nl.midoffice.simulator.zaken.zaak;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.midoffice.simulator.support.Bsn;
import nl.midoffice.simulator.zaken.catalogus.Catalogus;
import nl.midoffice.simulator.zaken.catalogus.RolType;
import nl.midoffice.simulator.zaken.catalogus.StatusType;
import nl.midoffice.simulator.zaken.catalogus.ZaakType;
import nl.midoffice.simulator.zaken.notificatie.Notificatie;
import nl.midoffice.simulator.zaken.notificatie.Notificaties;
import nl.midoffice.simulator.zaken.zgw.Invoer;
import nl.midoffice.simulator.zaken.zgw.ResourceUrl;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;
import tools.jackson.databind.JsonNode;
import nl.midoffice.log.LogTekst;

/**
 * Creates zaken, statuses and roles: validates as Open Zaak does, stores, and publishes the
 * notification. Used by the API and by the clerk's status form alike.
 */
@Service
public class Zaakregistratie {

    private static final Logger LOG = LoggerFactory.getLogger(Zaakregistratie.class);

    static final Set<String> VERTROUWELIJKHEID = Set.of("openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk",
            "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim");
    static final Set<String> BETROKKENE_TYPEN = Set.of("natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging",
            "organisatorische_eenheid", "medewerker");

    private final ZaakRegister register;
    private final Catalogus catalogus;
    private final Notificaties notificaties;
    private final Clock clock;

    Zaakregistratie(ZaakRegister register, Catalogus catalogus, Notificaties notificaties, Clock clock) {
        this.register = register;
        this.catalogus = catalogus;
        this.notificaties = notificaties;
        this.clock = clock;
    }

    /**
     * @param aanvraagIdKop the X-Aanvraag-ID header, if sent; else the kenmerk with bron midoffice-aanvraag counts
     * @throws ZgwFout 400 with invalidParams, e.g. {@code identificatie-niet-uniek}
     */
    ZaakStand maakZaak(JsonNode body, String basis, String aanvraagIdKop, String correlationId) {
        Invoer in = Invoer.van(body);
        String identificatie = in.tekst("identificatie", false, 40);
        String bronorganisatie = ZaakVelden.rsin(in, "bronorganisatie");
        String verantwoordelijke = ZaakVelden.rsin(in, "verantwoordelijkeOrganisatie");
        URI zaaktypeUrl = in.url("zaaktype", true);
        ZaakType zaaktype = zaaktypeUrl == null ? null : catalogus.zaaktype(zaaktypeUrl).orElse(null);
        if (zaaktypeUrl != null && zaaktype == null) {
            in.fout("zaaktype", "bad-url", "De URL " + zaaktypeUrl + " is geen ZAAKTYPE in de catalogus van dit zaaksysteem.");
        }
        LocalDate startdatum = in.datum("startdatum", true);
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate registratiedatum = Optional.ofNullable(in.datum("registratiedatum", false)).orElse(vandaag);
        if (registratiedatum.isAfter(vandaag)) {
            in.fout("registratiedatum", "date-in-future", "Deze datum mag niet in de toekomst zijn.");
        }
        String omschrijving = in.tekst("omschrijving", false, 80);
        String toelichting = in.tekst("toelichting", false, 1000);
        String vertrouwelijkheid = in.keuze("vertrouwelijkheidaanduiding", false, VERTROUWELIJKHEID);
        LocalDate einddatumGepland = in.datum("einddatumGepland", false);
        LocalDate uiterlijkeEinddatum = in.datum("uiterlijkeEinddatumAfdoening", false);
        LocalDate publicatiedatum = in.datum("publicatiedatum", false);
        List<Kenmerk> kenmerken = ZaakVelden.kenmerken(in);
        JsonNode geometrie = in.node("zaakgeometrie");
        if (geometrie != null && (!geometrie.isObject() || geometrie.get("type") == null)) {
            in.fout("zaakgeometrie", "invalid", "Ongeldige GeoJSON-geometrie.");
        }
        in.gooiAlsFouten();

        String aanvraagId = aanvraagIdKop != null && !aanvraagIdKop.isBlank() ? aanvraagIdKop.strip()
                : kenmerken.stream().filter(k -> Kenmerk.MIDOFFICE_AANVRAAG.equals(k.bron()))
                        .map(Kenmerk::kenmerk).findFirst().orElse(null);
        Zaak zaak = register.registreer(new Zaak(UUID.randomUUID(), basis, identificatie, bronorganisatie,
                verantwoordelijke, zaaktype, zaaktypeUrl.toString(), startdatum, registratiedatum, omschrijving,
                toelichting, vertrouwelijkheid == null || vertrouwelijkheid.isEmpty()
                        ? zaaktype.vertrouwelijkheidaanduiding() : vertrouwelijkheid,
                einddatumGepland, uiterlijkeEinddatum, publicatiedatum, kenmerken, geometrie, aanvraagId,
                correlationId, clock.instant()));
        LOG.info("Zaak {} aangemaakt ({}), zaaktype {}, aanvraag {}", LogTekst.veilig(zaak.identificatie()),
                zaak.uuid(), zaaktype.identificatie(), LogTekst.veilig(aanvraagId));
        String zaakUrl = ZaakUrls.zaak(zaak.basisUrl(), zaak.uuid());
        notificaties.publiceer(notificatie(zaak, "zaak", zaakUrl));
        return register.zoek(zaak.uuid()).orElseThrow();
    }

    /** @param magHeropenen whether the caller holds zaken.heropenen, needed to add a status to a closed zaak */
    Status zetStatus(JsonNode body, boolean magHeropenen) {
        Invoer in = Invoer.van(body);
        ZaakStand stand = zaak(in);
        URI statustypeUrl = in.url("statustype", true);
        StatusType statustype = statustypeUrl == null ? null : catalogus.statustype(statustypeUrl).orElse(null);
        if (statustypeUrl != null && statustype == null) {
            in.fout("statustype", "bad-url", "De URL " + statustypeUrl + " is geen STATUSTYPE in de catalogus van dit zaaksysteem.");
        }
        OffsetDateTime datum = in.datumTijd("datumStatusGezet", true, clock.getZone());
        String toelichting = in.tekst("statustoelichting", false, 1000);
        in.gooiAlsFouten();
        if (stand.isAfgesloten() && !magHeropenen) {
            throw ZgwFout.geenToestemming("De zaak is afgesloten; een nieuwe status zetten vereist de scope zaken.heropenen.");
        }
        return voegStatusToe(stand.zaak(), statustype, statustypeUrl.toString(), datum, toelichting);
    }

    /** The clerk's status change from the web page: now, with the catalogue's own statustype URL. */
    public Status zetStatusDoorMedewerker(UUID zaakUuid, StatusType statustype, String toelichting) {
        Zaak zaak = register.zoek(zaakUuid).orElseThrow(() -> new IllegalArgumentException("Onbekende zaak")).zaak();
        return voegStatusToe(zaak, statustype, zaak.basisUrl() + Catalogus.STATUSTYPEN + statustype.uuid(),
                OffsetDateTime.now(clock), toelichting);
    }

    private Status voegStatusToe(Zaak zaak, StatusType statustype, String statustypeUrl, OffsetDateTime datum,
                                 String toelichting) {
        UUID uuid = UUID.randomUUID();
        register.voegStatusToe(zaak.uuid(), new ZaakRegister.StatusZonderVolgorde(uuid, zaak.uuid(), statustype,
                statustypeUrl, datum, toelichting)).orElseThrow(ZgwFout::nietGevonden);
        Status status = register.statussen(s -> s.uuid().equals(uuid)).get(0);
        LOG.info("Zaak {} heeft status {} ({})", LogTekst.veilig(zaak.identificatie()), statustype.omschrijving(), uuid);
        notificaties.publiceer(notificatie(zaak, "status", ZaakUrls.status(zaak.basisUrl(), uuid)));
        return status;
    }

    Rol voegRolToe(JsonNode body) {
        Invoer in = Invoer.van(body);
        ZaakStand stand = zaak(in);
        URI betrokkene = in.url("betrokkene", false);
        String betrokkeneType = in.keuze("betrokkeneType", true, BETROKKENE_TYPEN);
        URI roltypeUrl = in.url("roltype", true);
        RolType roltype = roltypeUrl == null ? null : catalogus.roltype(roltypeUrl).orElse(null);
        if (roltypeUrl != null && roltype == null) {
            in.fout("roltype", "bad-url", "De URL " + roltypeUrl + " is geen ROLTYPE in de catalogus van dit zaaksysteem.");
        }
        String roltoelichting = in.tekst("roltoelichting", true, 1000);
        String afwijkendeNaam = in.tekst("afwijkendeNaamBetrokkene", false, 625);
        String machtiging = in.keuze("indicatieMachtiging", false, Set.of("", "gemachtigde", "machtiginggever"));
        JsonNode identificatie = in.node("betrokkeneIdentificatie");
        if (identificatie != null && !identificatie.isObject()) {
            in.fout("betrokkeneIdentificatie", "invalid", "Ongeldige data. Verwacht een dictionary.");
            identificatie = null;
        }
        if (betrokkene == null && identificatie == null && !in.heeftFout("betrokkene")) {
            in.fout("nonFieldErrors", "invalid-betrokkene",
                    "betrokkene of betrokkeneIdentificatie moet opgegeven worden.");
        }
        if (identificatie != null && "natuurlijk_persoon".equals(betrokkeneType)) {
            JsonNode bsn = identificatie.get("inpBsn");
            if (bsn != null && !bsn.isNull() && !bsn.asString().isEmpty() && !Bsn.isGeldig(bsn.asString())) {
                in.fout("betrokkeneIdentificatie.inpBsn", "invalid", "Onjuist BSN nummer.");
            }
        }
        in.gooiAlsFouten();
        Rol rol = new Rol(UUID.randomUUID(), stand.zaak().uuid(), betrokkene == null ? null : betrokkene.toString(),
                betrokkeneType, roltype, roltypeUrl.toString(), afwijkendeNaam, roltoelichting, machtiging, identificatie,
                OffsetDateTime.now(clock));
        if (!register.voegRolToe(rol)) {
            throw ZgwFout.nietGevonden();
        }
        LOG.info("Zaak {} heeft rol {} ({}, {})", LogTekst.veilig(stand.zaak().identificatie()), roltype.omschrijving(),
                LogTekst.veilig(betrokkeneType), rol.uuid());
        notificaties.publiceer(notificatie(stand.zaak(), "rol", ZaakUrls.rol(stand.zaak().basisUrl(), rol.uuid())));
        return rol;
    }

    /** The zaak a status or rol points to; a field error when the URL does not name one of ours. */
    private ZaakStand zaak(Invoer in) {
        URI url = in.url("zaak", true);
        if (url == null) {
            return null;
        }
        Optional<UUID> uuid = ResourceUrl.uuidNa(url, ZaakUrls.ZAKEN);
        if (uuid.isEmpty()) {
            in.fout("zaak", "no_match", "Ongeldige hyperlink - Ongeldige URL match.");
            return null;
        }
        Optional<ZaakStand> stand = register.zoek(uuid.get());
        if (stand.isEmpty()) {
            in.fout("zaak", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.");
            return null;
        }
        return stand.get();
    }

    private Notificatie notificatie(Zaak zaak, String resource, String resourceUrl) {
        return new Notificatie(Notificatie.KANAAL_ZAKEN, ZaakUrls.zaak(zaak.basisUrl(), zaak.uuid()), resource,
                resourceUrl, "create", clock.instant(), Map.of(
                "bronorganisatie", zaak.bronorganisatie(),
                "zaaktype", zaak.zaaktypeUrl(),
                "vertrouwelijkheidaanduiding", zaak.vertrouwelijkheidaanduiding()));
    }
}
