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
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.simulator.zaken.SimulatorProperties;
import nl.midoffice.simulator.zaken.auth.Scopes;
import nl.midoffice.simulator.zaken.auth.ZgwClient;
import nl.midoffice.simulator.zaken.catalogus.Catalogus;
import nl.midoffice.simulator.zaken.zgw.BasisUrl;
import nl.midoffice.simulator.zaken.zgw.JsonVerzoek;
import nl.midoffice.simulator.zaken.zgw.Pagina;
import nl.midoffice.simulator.zaken.zgw.ZgwApi;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;

/** {@code /statussen}: a zaak's statuses; the one with the latest datumStatusGezet is the zaak's status. */
@RestController
@ZgwApi
@RequestMapping(ZaakUrls.API + "/statussen")
class StatussenController {

    private final Zaakregistratie registratie;
    private final ZaakRegister register;
    private final JsonVerzoek json;
    private final BasisUrl basisUrl;
    private final int paginagrootte;

    StatussenController(Zaakregistratie registratie, ZaakRegister register, JsonVerzoek json, BasisUrl basisUrl,
                        SimulatorProperties properties) {
        this.registratie = registratie;
        this.register = register;
        this.json = json;
        this.basisUrl = basisUrl;
        this.paginagrootte = properties.paginagrootte();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> maak(@RequestBody(required = false) String body,
                                             @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                             @RequestAttribute(ZgwClient.ATTRIBUUT) ZgwClient client) {
        Status status = registratie.zetStatus(json.lees(contentType, body), client.heeft(Scopes.HEROPENEN));
        Map<String, Object> antwoord = ZaakJson.status(status, isLaatst(status), basisUrl.huidig());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create((String) antwoord.get("url"))).body(antwoord);
    }

    @GetMapping
    Pagina<Map<String, Object>> lijst(@RequestParam(required = false) String zaak,
                                      @RequestParam(required = false) String statustype,
                                      @RequestParam(required = false) String page, HttpServletRequest request) {
        Optional<UUID> zaakUuid = UrlFilter.uuid("zaak", zaak, ZaakUrls.ZAKEN);
        Optional<UUID> statustypeUuid = UrlFilter.uuid("statustype", statustype, Catalogus.STATUSTYPEN);
        String basis = basisUrl.huidig();
        List<Map<String, Object>> statussen = register.statussen(s ->
                        zaakUuid.map(u -> u.equals(s.zaakUuid())).orElse(true)
                                && statustypeUuid.map(u -> u.equals(s.statustype().uuid())).orElse(true))
                .stream().map(s -> ZaakJson.status(s, isLaatst(s), basis)).toList();
        return Pagina.van(statussen, page, paginagrootte, basis, request);
    }

    @GetMapping("/{uuid}")
    Map<String, Object> lees(@PathVariable String uuid) {
        Status status = Uuids.lees(uuid)
                .flatMap(u -> register.statussen(s -> s.uuid().equals(u)).stream().findFirst())
                .orElseThrow(ZgwFout::nietGevonden);
        return ZaakJson.status(status, isLaatst(status), basisUrl.huidig());
    }

    private boolean isLaatst(Status status) {
        return register.zoek(status.zaakUuid()).flatMap(ZaakStand::huidigeStatus)
                .map(s -> s.uuid().equals(status.uuid())).orElse(false);
    }
}
