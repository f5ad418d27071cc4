package nl.midoffice.simulator.zaken.catalogus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.simulator.zaken.zgw.BasisUrl;
import nl.midoffice.simulator.zaken.zgw.Pagina;
import nl.midoffice.simulator.zaken.zgw.ZgwApi;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;

/**
 * Read-only stand-in for the Catalogi API: minimal JSON in the shape of Catalogi 1.x, enough for
 * clients that follow a zaaktype, statustype or roltype URL. Not a Catalogi API implementation.
 */
@RestController
@ZgwApi
class CatalogiController {

    private final Catalogus catalogus;
    private final BasisUrl basisUrl;

    CatalogiController(Catalogus catalogus, BasisUrl basisUrl) {
        this.catalogus = catalogus;
        this.basisUrl = basisUrl;
    }

    @GetMapping(Catalogus.PAD + "/zaaktypen")
    Pagina<Map<String, Object>> zaaktypen(@RequestParam(required = false) String identificatie,
                                          @RequestParam(required = false) String page, HttpServletRequest request) {
        String basis = basisUrl.huidig();
        List<Map<String, Object>> lijst = catalogus.zaaktypen().stream()
                .filter(t -> identificatie == null || t.identificatie().equals(identificatie))
                .map(t -> zaaktype(t, basis)).toList();
        return Pagina.van(lijst, page, 100, basis, request);
    }

    @GetMapping(Catalogus.ZAAKTYPEN + "{uuid}")
    Map<String, Object> zaaktype(@PathVariable UUID uuid) {
        return zaaktype(catalogus.zaaktype(uuid).orElseThrow(ZgwFout::nietGevonden), basisUrl.huidig());
    }

    @GetMapping(Catalogus.PAD + "/statustypen")
    Pagina<Map<String, Object>> statustypen(@RequestParam(required = false) String page, HttpServletRequest request) {
        String basis = basisUrl.huidig();
        return Pagina.van(catalogus.statustypen().stream().map(t -> statustype(t, basis)).toList(), page, 100, basis, request);
    }

    @GetMapping(Catalogus.STATUSTYPEN + "{uuid}")
    Map<String, Object> statustype(@PathVariable UUID uuid) {
        return statustype(catalogus.statustype(uuid).orElseThrow(ZgwFout::nietGevonden), basisUrl.huidig());
    }

    @GetMapping(Catalogus.PAD + "/roltypen")
    Pagina<Map<String, Object>> roltypen(@RequestParam(required = false) String omschrijvingGeneriek,
                                         @RequestParam(required = false) String page, HttpServletRequest request) {
        String basis = basisUrl.huidig();
        List<Map<String, Object>> lijst = catalogus.roltypen().stream()
                .filter(t -> omschrijvingGeneriek == null || t.omschrijvingGeneriek().equals(omschrijvingGeneriek))
                .map(t -> roltype(t, basis)).toList();
        return Pagina.van(lijst, page, 100, basis, request);
    }

    @GetMapping(Catalogus.ROLTYPEN + "{uuid}")
    Map<String, Object> roltype(@PathVariable UUID uuid) {
        return roltype(catalogus.roltype(uuid).orElseThrow(ZgwFout::nietGevonden), basisUrl.huidig());
    }

    @GetMapping(Catalogus.CATALOGUSSEN + "{uuid}")
    Map<String, Object> catalogus(@PathVariable UUID uuid) {
        if (!Catalogus.CATALOGUS.equals(uuid)) {
            throw ZgwFout.nietGevonden();
        }
        String basis = basisUrl.huidig();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", basis + Catalogus.CATALOGUSSEN + uuid);
        json.put("domein", "MOSIM");
        json.put("rsin", "002220647");
        json.put("contactpersoonBeheerNaam", "Mid-office simulator");
        json.put("zaaktypen", catalogus.zaaktypen().stream().map(t -> basis + Catalogus.ZAAKTYPEN + t.uuid()).toList());
        return json;
    }

    private Map<String, Object> zaaktype(ZaakType type, String basis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", basis + Catalogus.ZAAKTYPEN + type.uuid());
        json.put("identificatie", type.identificatie());
        json.put("omschrijving", type.omschrijving());
        json.put("omschrijvingGeneriek", "");
        json.put("vertrouwelijkheidaanduiding", type.vertrouwelijkheidaanduiding());
        json.put("doel", type.omschrijving());
        json.put("aanleiding", "Aanvraag of melding van een inwoner via het digitale loket");
        json.put("indicatieInternOfExtern", "extern");
        json.put("handelingInitiator", type.handelingInitiator());
        json.put("onderwerp", type.omschrijving());
        json.put("handelingBehandelaar", "Behandelen");
        json.put("doorlooptijd", type.doorlooptijd());
        json.put("opschortingEnAanhoudingMogelijk", false);
        json.put("verlengingMogelijk", false);
        json.put("publicatieIndicatie", false);
        json.put("productenOfDiensten", List.of());
        json.put("catalogus", basis + Catalogus.CATALOGUSSEN + Catalogus.CATALOGUS);
        json.put("statustypen", catalogus.statustypen().stream().map(t -> basis + Catalogus.STATUSTYPEN + t.uuid()).toList());
        json.put("resultaattypen", List.of());
        json.put("eigenschappen", List.of());
        json.put("informatieobjecttypen", List.of());
        json.put("roltypen", catalogus.roltypen().stream().map(t -> basis + Catalogus.ROLTYPEN + t.uuid()).toList());
        json.put("besluittypen", List.of());
        json.put("deelzaaktypen", List.of());
        json.put("gerelateerdeZaaktypen", List.of());
        json.put("beginGeldigheid", "2026-01-01");
        json.put("eindeGeldigheid", null);
        json.put("versiedatum", "2026-01-01");
        json.put("concept", false);
        return json;
    }

    private static Map<String, Object> statustype(StatusType type, String basis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", basis + Catalogus.STATUSTYPEN + type.uuid());
        json.put("omschrijving", type.omschrijving());
        json.put("omschrijvingGeneriek", type.omschrijving());
        json.put("statustekst", type.statustekst());
        json.put("catalogus", basis + Catalogus.CATALOGUSSEN + Catalogus.CATALOGUS);
        json.put("volgnummer", type.volgnummer());
        json.put("isEindstatus", type.isEindstatus());
        json.put("informeren", false);
        return json;
    }

    private static Map<String, Object> roltype(RolType type, String basis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", basis + Catalogus.ROLTYPEN + type.uuid());
        json.put("omschrijving", type.omschrijving());
        json.put("omschrijvingGeneriek", type.omschrijvingGeneriek());
        json.put("catalogus", basis + Catalogus.CATALOGUSSEN + Catalogus.CATALOGUS);
        return json;
    }
}
