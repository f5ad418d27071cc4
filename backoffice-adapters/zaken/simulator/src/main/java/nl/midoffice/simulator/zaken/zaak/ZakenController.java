package nl.midoffice.simulator.zaken.zaak;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.simulator.zaken.SimulatorProperties;
import nl.midoffice.simulator.zaken.zgw.BasisUrl;
import nl.midoffice.simulator.zaken.zgw.Crs;
import nl.midoffice.simulator.zaken.zgw.JsonVerzoek;
import nl.midoffice.simulator.zaken.zgw.Pagina;
import nl.midoffice.simulator.zaken.zgw.ZgwApi;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;

/** {@code /zaken}: create, list with filters, read one. Geo-enabled, so CRS headers are required. */
@RestController
@ZgwApi
@RequestMapping(ZaakUrls.API + "/zaken")
class ZakenController {

    static final String AANVRAAG_ID = "X-Aanvraag-ID";
    static final String CORRELATION_ID = "X-Correlation-ID";

    private final Zaakregistratie registratie;
    private final ZaakRegister register;
    private final JsonVerzoek json;
    private final BasisUrl basisUrl;
    private final ZoneId zone;
    private final int paginagrootte;

    ZakenController(Zaakregistratie registratie, ZaakRegister register, JsonVerzoek json, BasisUrl basisUrl,
                    Clock clock, SimulatorProperties properties) {
        this.registratie = registratie;
        this.register = register;
        this.json = json;
        this.basisUrl = basisUrl;
        this.zone = clock.getZone();
        this.paginagrootte = properties.paginagrootte();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> maak(@RequestBody(required = false) String body,
                                             @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                             @RequestHeader(value = Crs.ACCEPT_CRS, required = false) String acceptCrs,
                                             @RequestHeader(value = Crs.CONTENT_CRS, required = false) String contentCrs,
                                             @RequestHeader(value = AANVRAAG_ID, required = false) String aanvraagId,
                                             @RequestHeader(value = CORRELATION_ID, required = false) String correlationId) {
        Crs.controleerAccept(acceptCrs);
        Crs.controleerContent(contentCrs);
        String basis = basisUrl.huidig();
        ZaakStand stand = registratie.maakZaak(json.lees(contentType, body), basis, aanvraagId, correlationId);
        Map<String, Object> zaak = ZaakJson.zaak(stand, basis, zone);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create((String) zaak.get("url")))
                .header(Crs.CONTENT_CRS, Crs.EPSG_4326).body(zaak);
    }

    @GetMapping
    ResponseEntity<Pagina<Map<String, Object>>> lijst(@RequestParam(required = false) String identificatie,
                                                      @RequestParam(required = false) String bronorganisatie,
                                                      @RequestParam(required = false) String zaaktype,
                                                      @RequestParam(required = false) String page,
                                                      @RequestHeader(value = Crs.ACCEPT_CRS, required = false) String acceptCrs,
                                                      HttpServletRequest request) {
        Crs.controleerAccept(acceptCrs);
        String basis = basisUrl.huidig();
        List<Map<String, Object>> zaken = register.alleNieuwsteEerst().stream()
                .filter(s -> identificatie == null || s.zaak().identificatie().equals(identificatie))
                .filter(s -> bronorganisatie == null || s.zaak().bronorganisatie().equals(bronorganisatie))
                .filter(s -> zaaktype == null || s.zaak().zaaktypeUrl().equals(zaaktype))
                .map(s -> ZaakJson.zaak(s, basis, zone)).toList();
        return ResponseEntity.ok().header(Crs.CONTENT_CRS, Crs.EPSG_4326)
                .body(Pagina.van(zaken, page, paginagrootte, basis, request));
    }

    @GetMapping("/{uuid}")
    ResponseEntity<Map<String, Object>> lees(@PathVariable String uuid,
                                             @RequestHeader(value = Crs.ACCEPT_CRS, required = false) String acceptCrs) {
        Crs.controleerAccept(acceptCrs);
        ZaakStand stand = Uuids.lees(uuid).flatMap(register::zoek).orElseThrow(ZgwFout::nietGevonden);
        return ResponseEntity.ok().header(Crs.CONTENT_CRS, Crs.EPSG_4326)
                .body(ZaakJson.zaak(stand, basisUrl.huidig(), zone));
    }
}
