package nl.midoffice.simulator.zaken.notificatie;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.simulator.zaken.auth.ZgwClient;
import nl.midoffice.simulator.zaken.zgw.BasisUrl;
import nl.midoffice.simulator.zaken.zgw.Invoer;
import nl.midoffice.simulator.zaken.zgw.JsonVerzoek;
import nl.midoffice.simulator.zaken.zgw.ZgwApi;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;
import tools.jackson.databind.JsonNode;

/**
 * {@code /abonnement} of the ZGW Notificaties API 1.0: create, list, read, update (PUT) and delete
 * abonnementen on the one kanaal this zaaksysteem publishes, {@code zaken}, with its filters. Validation and
 * error codes as Open Notificaties; {@code auth} is write-only (a credential of the subscriber), as there.
 */
@RestController
@ZgwApi
@RequestMapping(NotificatiesApiController.API + "/abonnement")
class NotificatiesApiController {

    /** Base path of the Notificaties API. */
    static final String API = "/notificaties/api/v1";
    /** The kanalen and the kenmerken their notifications carry (the names a filter may use). */
    static final Map<String, Set<String>> KANALEN = Map.of(Notificatie.KANAAL_ZAKEN,
            Set.of("bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"));

    private final Abonnementen abonnementen;
    private final JsonVerzoek json;
    private final BasisUrl basisUrl;

    NotificatiesApiController(Abonnementen abonnementen, JsonVerzoek json, BasisUrl basisUrl) {
        this.abonnementen = abonnementen;
        this.json = json;
        this.basisUrl = basisUrl;
    }

    @GetMapping
    List<Map<String, Object>> lijst() {
        String basis = basisUrl.huidig();
        return abonnementen.alle().stream().map(a -> alsJson(a, basis)).toList();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> maak(@RequestBody(required = false) String body,
                                             @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                             @RequestAttribute(ZgwClient.ATTRIBUUT) ZgwClient client) {
        Verzoek verzoek = Verzoek.lees(json.lees(contentType, body));
        Abonnement abonnement = abonnementen.neemAf(verzoek.callbackUrl(), verzoek.auth(), verzoek.kanalen(),
                client.clientId());
        Map<String, Object> antwoord = alsJson(abonnement, basisUrl.huidig());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create((String) antwoord.get("url")))
                .body(antwoord);
    }

    @GetMapping("/{uuid}")
    Map<String, Object> lees(@PathVariable String uuid) {
        return alsJson(abonnementen.zoek(uuid(uuid)).orElseThrow(ZgwFout::nietGevonden), basisUrl.huidig());
    }

    @PutMapping("/{uuid}")
    Map<String, Object> werkBij(@PathVariable String uuid, @RequestBody(required = false) String body,
                                @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        UUID id = uuid(uuid);
        abonnementen.zoek(id).orElseThrow(ZgwFout::nietGevonden);
        Verzoek verzoek = Verzoek.lees(json.lees(contentType, body));
        return alsJson(abonnementen.werkBij(id, verzoek.callbackUrl(), verzoek.auth(), verzoek.kanalen())
                .orElseThrow(ZgwFout::nietGevonden), basisUrl.huidig());
    }

    @DeleteMapping("/{uuid}")
    ResponseEntity<Void> zegOp(@PathVariable String uuid) {
        if (!abonnementen.zegOp(uuid(uuid))) {
            throw ZgwFout.nietGevonden();
        }
        return ResponseEntity.noContent().build();
    }

    /** A path segment that is not a UUID names no abonnement: 404. */
    private static UUID uuid(String tekst) {
        try {
            return UUID.fromString(tekst);
        } catch (IllegalArgumentException e) {
            throw ZgwFout.nietGevonden();
        }
    }

    /** Without {@code auth}: it is the subscriber's credential. */
    private static Map<String, Object> alsJson(Abonnement abonnement, String basis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", basis + API + "/abonnement/" + abonnement.id());
        json.put("callbackUrl", abonnement.callbackUrl());
        json.put("kanalen", abonnement.kanalen().stream().map(groep -> {
            Map<String, Object> kanaal = new LinkedHashMap<>();
            kanaal.put("filters", groep.filters());
            kanaal.put("naam", groep.naam());
            return kanaal;
        }).toList());
        return json;
    }

    /** The body of a create or update, checked field by field (every error at once, as DRF). */
    record Verzoek(String callbackUrl, String auth, List<FilterGroep> kanalen) {

        static Verzoek lees(JsonNode body) {
            try {
                Invoer invoer = Invoer.van(body);
                URI callbackUrl = invoer.url("callbackUrl", true, 200);
                String auth = invoer.tekst("auth", true, 1000);
                List<FilterGroep> kanalen = kanalen(invoer, invoer.node("kanalen"));
                invoer.gooiAlsFouten();
                return new Verzoek(callbackUrl.toString(), auth, kanalen);
            } catch (ZgwFout fout) {
                throw fout.metDetail("Het abonnement is ongeldig: zie invalidParams.");
            }
        }

        private static List<FilterGroep> kanalen(Invoer invoer, JsonNode kanalen) {
            if (kanalen == null) {
                invoer.fout("kanalen", "required", "Dit veld is vereist.");
                return List.of();
            }
            if (!kanalen.isArray()) {
                invoer.fout("kanalen", "not_a_list", "Verwachtte een lijst met items maar kreeg type \""
                        + kanalen.getNodeType() + "\".");
                return List.of();
            }
            List<FilterGroep> groepen = new ArrayList<>();
            for (JsonNode kanaal : kanalen) {
                FilterGroep groep = filterGroep(invoer, kanaal);
                if (groep != null) {
                    groepen.add(groep);
                }
            }
            return groepen;
        }

        private static FilterGroep filterGroep(Invoer invoer, JsonNode kanaal) {
            JsonNode naam = kanaal.path("naam");
            if (!naam.isString() || naam.asString().isBlank()) {
                invoer.fout("naam", "required", "Dit veld is vereist.");
                return null;
            }
            Set<String> kenmerken = KANALEN.get(naam.asString());
            if (kenmerken == null) {
                invoer.fout("naam", "kanaal_naam", "Kanaal met deze naam bestaat niet.");
                return null;
            }
            JsonNode filters = kanaal.path("filters");
            Map<String, String> gelezen = new LinkedHashMap<>();
            if (!filters.isMissingNode() && !filters.isNull() && !filters.isObject()) {
                invoer.fout("filters", "not_a_dict", "Verwachtte een dictionary van items, maar kreeg type \""
                        + filters.getNodeType() + "\".");
                return null;
            }
            for (var filter : filters.properties()) {
                String waarde = filter.getValue().isString() ? filter.getValue().asString() : null;
                if (waarde == null || waarde.isEmpty() || waarde.length() > 1000) {
                    invoer.fout("filters", "invalid", "Een filterwaarde is een tekst van 1 tot 1000 tekens.");
                    return null;
                }
                gelezen.put(filter.getKey(), waarde);
            }
            if (!kenmerken.containsAll(gelezen.keySet())) {
                invoer.fout("filters", "inconsistent-abonnement-filters",
                        "De filters van het abonnement passen niet bij de filters van het kanaal.");
                return null;
            }
            return new FilterGroep(naam.asString(), gelezen);
        }
    }
}
