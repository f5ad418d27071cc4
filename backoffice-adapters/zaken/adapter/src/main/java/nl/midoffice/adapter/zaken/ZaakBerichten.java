package nl.midoffice.adapter.zaken;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.midoffice.contracts.ZaakRegistreren;

/**
 * The request bodies of a registration in the Zaken API: the zaak, its initiator and its first status. The
 * mid-office's aanvraag id, correlation id and shadow flag travel as kenmerken of the zaak, so that a
 * notification about the zaak (which carries only URLs) can be traced back to the aanvraag.
 */
final class ZaakBerichten {

    /** Bron of the kenmerk that holds the aanvraag id; the simulator reads it too. */
    static final String BRON_AANVRAAG = "midoffice-aanvraag";
    /** Bron of the kenmerk that holds the correlation id of the portal's request. */
    static final String BRON_CORRELATIE = "midoffice-correlatie";
    /** Bron of the kenmerk that marks a shadow registration, whose status changes the citizen must never see. */
    static final String BRON_SCHADUW = "midoffice-schaduw";
    static final String SCHADUW = "schaduw";
    /** Dates in the Zaken API are Dutch calendar days. */
    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** Maximum lengths in the Zaken API (and kenmerken in the simulator, as in Open Zaak). */
    private static final int MAX_OMSCHRIJVING = 80;
    private static final int MAX_TOELICHTING = 1000;
    private static final int MAX_KENMERK = 40;

    private final ZakenProperties properties;
    private final Clock clock;

    ZaakBerichten(ZakenProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The zaak, identified by the aanvraag's reference. registratiedatum is left to the zaaksysteem ("today" by
     * its own clock): sending ours could be refused as a date in the future around midnight.
     */
    ObjectNode zaak(ZaakRegistreren opdracht, String rsin, String zaaktype) {
        ObjectNode zaak = ZakenApi.JSON.createObjectNode();
        zaak.put("identificatie", opdracht.referentie());
        zaak.put("bronorganisatie", rsin);
        zaak.put("verantwoordelijkeOrganisatie", rsin);
        zaak.put("zaaktype", zaaktype);
        zaak.put("omschrijving", ingekort(
                opdracht.omschrijving() == null || opdracht.omschrijving().isBlank() ? opdracht.product()
                        : opdracht.omschrijving(), MAX_OMSCHRIJVING));
        if (opdracht.toelichting() != null && !opdracht.toelichting().isBlank()) {
            zaak.put("toelichting", ingekort(opdracht.toelichting(), MAX_TOELICHTING));
        }
        Instant ontvangen = opdracht.tijdstip() != null ? opdracht.tijdstip() : clock.instant();
        zaak.put("startdatum", LocalDate.ofInstant(ontvangen, NEDERLAND).toString());
        var kenmerken = zaak.putArray("kenmerken");
        kenmerken.addObject().put("kenmerk", opdracht.aanvraagId()).put("bron", BRON_AANVRAAG);
        if (opdracht.correlationId() != null && opdracht.correlationId().length() <= MAX_KENMERK) {
            kenmerken.addObject().put("kenmerk", opdracht.correlationId()).put("bron", BRON_CORRELATIE);
        }
        if (opdracht.schaduw()) {
            kenmerken.addObject().put("kenmerk", SCHADUW).put("bron", BRON_SCHADUW);
        }
        geometrie(opdracht).ifPresent(punt -> zaak.set("zaakgeometrie", punt));
        return zaak;
    }

    /** The citizen who asked, as natuurlijk persoon by BSN (in the body only: never in a URL). */
    ObjectNode initiator(String zaakUrl, String bsn) {
        ObjectNode rol = ZakenApi.JSON.createObjectNode();
        rol.put("zaak", zaakUrl);
        rol.put("betrokkeneType", "natuurlijk_persoon");
        rol.put("roltype", properties.roltypeInitiator());
        rol.put("roltoelichting", "Aanvrager via het digitale loket");
        rol.putObject("betrokkeneIdentificatie").put("inpBsn", bsn);
        return rol;
    }

    ObjectNode eersteStatus(String zaakUrl) {
        ObjectNode status = ZakenApi.JSON.createObjectNode();
        status.put("zaak", zaakUrl);
        status.put("statustype", properties.statustypeOntvangen());
        status.put("datumStatusGezet", OffsetDateTime.ofInstant(clock.instant(), NEDERLAND).toString());
        status.put("statustoelichting", "Aanvraag ontvangen via het digitale loket");
        return status;
    }

    /** A melding with coordinates becomes a GeoJSON point (longitude first, as GeoJSON has it). */
    static Optional<JsonNode> geometrie(ZaakRegistreren opdracht) {
        String lat = opdracht.gegevens().get("locatie.lat");
        String lon = opdracht.gegevens().get("locatie.lon");
        if (lat == null || lon == null) {
            return Optional.empty();
        }
        try {
            ObjectNode punt = ZakenApi.JSON.createObjectNode();
            punt.put("type", "Point");
            punt.putArray("coordinates").add(Double.parseDouble(lon)).add(Double.parseDouble(lat));
            return Optional.of(punt);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String ingekort(String tekst, int max) {
        return tekst.length() <= max ? tekst : tekst.substring(0, max - 1) + "…";
    }
}
