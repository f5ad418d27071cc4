package nl.midoffice.simulator.zaken.zaak;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wire form of zaak, status and rol as Open Zaak returns them: every property the schema requires,
 * unknown or unset ones as the empty value Open Zaak gives (empty string, empty list or null).
 */
final class ZaakJson {

    private ZaakJson() {
    }

    static Map<String, Object> zaak(ZaakStand stand, String basis, ZoneId zone) {
        Zaak z = stand.zaak();
        Optional<Status> status = stand.huidigeStatus();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", ZaakUrls.zaak(basis, z.uuid()));
        json.put("uuid", z.uuid().toString());
        json.put("identificatie", z.identificatie());
        json.put("bronorganisatie", z.bronorganisatie());
        json.put("omschrijving", leegAlsNull(z.omschrijving()));
        json.put("toelichting", leegAlsNull(z.toelichting()));
        json.put("zaaktype", z.zaaktypeUrl());
        json.put("registratiedatum", datum(z.registratiedatum()));
        json.put("verantwoordelijkeOrganisatie", z.verantwoordelijkeOrganisatie());
        json.put("startdatum", datum(z.startdatum()));
        json.put("einddatum", datum(stand.einddatum(zone)));
        json.put("einddatumGepland", datum(z.einddatumGepland()));
        json.put("uiterlijkeEinddatumAfdoening", datum(z.uiterlijkeEinddatumAfdoening()));
        json.put("publicatiedatum", datum(z.publicatiedatum()));
        json.put("communicatiekanaal", "");
        json.put("productenOfDiensten", List.of());
        json.put("vertrouwelijkheidaanduiding", z.vertrouwelijkheidaanduiding());
        json.put("betalingsindicatie", "");
        json.put("betalingsindicatieWeergave", "");
        json.put("laatsteBetaaldatum", null);
        json.put("zaakgeometrie", z.zaakgeometrie());
        json.put("verlenging", null);
        json.put("opschorting", Map.of("indicatie", false, "reden", ""));
        json.put("selectielijstklasse", "");
        json.put("hoofdzaak", null);
        json.put("deelzaken", List.of());
        json.put("relevanteAndereZaken", List.of());
        json.put("eigenschappen", List.of());
        json.put("rollen", stand.rollen().stream().map(r -> ZaakUrls.rol(basis, r.uuid())).toList());
        json.put("status", status.map(s -> ZaakUrls.status(basis, s.uuid())).orElse(null));
        json.put("zaakinformatieobjecten", List.of());
        json.put("zaakobjecten", List.of());
        json.put("kenmerken", z.kenmerken());
        json.put("archiefnominatie", null);
        json.put("archiefstatus", "nog_te_archiveren");
        json.put("archiefactiedatum", null);
        json.put("resultaat", null);
        json.put("opdrachtgevendeOrganisatie", "");
        json.put("processobjectaard", "");
        json.put("startdatumBewaartermijn", null);
        json.put("processobject", null);
        return json;
    }

    static Map<String, Object> status(Status s, boolean laatstGezet, String basis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", ZaakUrls.status(basis, s.uuid()));
        json.put("uuid", s.uuid().toString());
        json.put("zaak", ZaakUrls.zaak(basis, s.zaakUuid()));
        json.put("statustype", s.statustypeUrl());
        json.put("datumStatusGezet", s.datumStatusGezet().toInstant().toString());
        json.put("statustoelichting", leegAlsNull(s.statustoelichting()));
        json.put("indicatieLaatstGezetteStatus", laatstGezet);
        json.put("gezetdoor", "");
        json.put("zaakinformatieobjecten", List.of());
        return json;
    }

    static Map<String, Object> rol(Rol r, String basis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", ZaakUrls.rol(basis, r.uuid()));
        json.put("uuid", r.uuid().toString());
        json.put("zaak", ZaakUrls.zaak(basis, r.zaakUuid()));
        json.put("betrokkene", leegAlsNull(r.betrokkene()));
        json.put("betrokkeneType", r.betrokkeneType());
        json.put("afwijkendeNaamBetrokkene", leegAlsNull(r.afwijkendeNaamBetrokkene()));
        json.put("roltype", r.roltypeUrl());
        json.put("omschrijving", r.roltype().omschrijving());
        json.put("omschrijvingGeneriek", r.roltype().omschrijvingGeneriek());
        json.put("roltoelichting", r.roltoelichting());
        json.put("registratiedatum", r.registratiedatum().toInstant().toString());
        json.put("indicatieMachtiging", leegAlsNull(r.indicatieMachtiging()));
        json.put("contactpersoonRol", null);
        json.put("statussen", List.of());
        json.put("betrokkeneIdentificatie", r.betrokkeneIdentificatie());
        return json;
    }

    private static String datum(LocalDate datum) {
        return datum == null ? null : datum.toString();
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null ? "" : tekst;
    }
}
