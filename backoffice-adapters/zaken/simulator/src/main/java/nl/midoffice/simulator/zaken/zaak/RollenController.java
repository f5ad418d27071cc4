package nl.midoffice.simulator.zaken.zaak;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import nl.midoffice.simulator.zaken.catalogus.Catalogus;
import nl.midoffice.simulator.zaken.zgw.BasisUrl;
import nl.midoffice.simulator.zaken.zgw.JsonVerzoek;
import nl.midoffice.simulator.zaken.zgw.Pagina;
import nl.midoffice.simulator.zaken.zgw.ZgwApi;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;

/** {@code /rollen}: who plays which part in a zaak, e.g. the initiator by BSN. */
@RestController
@ZgwApi
@RequestMapping(ZaakUrls.API + "/rollen")
class RollenController {

    private final Zaakregistratie registratie;
    private final ZaakRegister register;
    private final JsonVerzoek json;
    private final BasisUrl basisUrl;
    private final int paginagrootte;

    RollenController(Zaakregistratie registratie, ZaakRegister register, JsonVerzoek json, BasisUrl basisUrl,
                     SimulatorProperties properties) {
        this.registratie = registratie;
        this.register = register;
        this.json = json;
        this.basisUrl = basisUrl;
        this.paginagrootte = properties.paginagrootte();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> maak(@RequestBody(required = false) String body,
                                             @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        Rol rol = registratie.voegRolToe(json.lees(contentType, body));
        Map<String, Object> antwoord = ZaakJson.rol(rol, basisUrl.huidig());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create((String) antwoord.get("url"))).body(antwoord);
    }

    @GetMapping
    Pagina<Map<String, Object>> lijst(@RequestParam(required = false) String zaak,
                                      @RequestParam(required = false) String roltype,
                                      @RequestParam(required = false) String betrokkeneType,
                                      @RequestParam(required = false) String omschrijvingGeneriek,
                                      @RequestParam(name = "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn",
                                              required = false) String inpBsn,
                                      @RequestParam(required = false) String page, HttpServletRequest request) {
        Optional<UUID> zaakUuid = UrlFilter.uuid("zaak", zaak, ZaakUrls.ZAKEN);
        Optional<UUID> roltypeUuid = UrlFilter.uuid("roltype", roltype, Catalogus.ROLTYPEN);
        String basis = basisUrl.huidig();
        List<Map<String, Object>> rollen = register.rollen(r ->
                        zaakUuid.map(u -> u.equals(r.zaakUuid())).orElse(true)
                                && roltypeUuid.map(u -> u.equals(r.roltype().uuid())).orElse(true)
                                && (betrokkeneType == null || betrokkeneType.equals(r.betrokkeneType()))
                                && (omschrijvingGeneriek == null || omschrijvingGeneriek.equals(r.roltype().omschrijvingGeneriek()))
                                && (inpBsn == null || inpBsn.equals(r.bsn())))
                .stream().map(r -> ZaakJson.rol(r, basis)).toList();
        return Pagina.van(rollen, page, paginagrootte, basis, request);
    }

    @GetMapping("/{uuid}")
    Map<String, Object> lees(@PathVariable String uuid) {
        Rol rol = Uuids.lees(uuid)
                .flatMap(u -> register.rollen(r -> r.uuid().equals(u)).stream().findFirst())
                .orElseThrow(ZgwFout::nietGevonden);
        return ZaakJson.rol(rol, basisUrl.huidig());
    }
}
