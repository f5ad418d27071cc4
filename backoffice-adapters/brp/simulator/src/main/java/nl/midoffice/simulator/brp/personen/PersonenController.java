package nl.midoffice.simulator.brp.personen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.midoffice.simulator.brp.ontvangen.Bevraging;
import nl.midoffice.simulator.brp.ontvangen.Bevragingen;
import nl.midoffice.simulator.support.Bsn;

/**
 * {@code POST /haalcentraal/api/brp/personen}: the Haal Centraal BRP API Personen 2.x endpoint, for
 * type RaadpleegMetBurgerservicenummer. The body is read by hand (not by a message converter) so that
 * size, media type and JSON errors get the BRP API's own problem answers instead of Spring's.
 */
@RestController
@RequestMapping(PersonenController.PAD)
class PersonenController {

    static final String PAD = "/haalcentraal/api/brp/personen";
    static final String AANVRAAG_ID = "X-Aanvraag-ID";
    static final String CORRELATION_ID = "X-Correlation-ID";
    static final MediaType JSON_UTF8 = new MediaType("application", "json", StandardCharsets.UTF_8);
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private static final Logger LOG = LoggerFactory.getLogger(PersonenController.class);

    private final PersoonRegister register;
    private final Bevragingen bevragingen;
    private final RaadplegingLezer lezer = new RaadplegingLezer(Velden.uitClasspath());
    private final ObjectReader jsonLezer;
    private final Clock clock;

    PersonenController(PersoonRegister register, Bevragingen bevragingen, JsonMapper json, Clock clock) {
        this.register = register;
        this.bevragingen = bevragingen;
        // a body with a key twice or with trailing content is ambiguous: refuse it rather than guess
        this.jsonLezer = json.readerFor(JsonNode.class)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Object> personen(HttpServletRequest request) throws IOException {
        if (!MediaTypes.isJsonUtf8OfLeeg(request.getContentType())) {
            return probleem(Foutbericht.mediaTypeNietOndersteund());
        }
        if (!MediaTypes.aanvaardtJson(request.getHeader(HttpHeaders.ACCEPT))) {
            return probleem(Foutbericht.nietAcceptabel());
        }
        // within the body limit: body-limit's filter refused a larger one in the BRP API's words (BodyLimietFoutbericht)
        byte[] body = request.getInputStream().readAllBytes();
        JsonNode verzoek;
        try {
            verzoek = jsonLezer.readValue(body);
        } catch (JacksonException e) {
            return probleem(Foutbericht.onleesbaar("De request body is geen geldige JSON."));
        }
        if (verzoek == null || !verzoek.isObject()) {
            return probleem(Foutbericht.onleesbaar("De request body is geen JSON object."));
        }

        RaadplegingLezer.Uitkomst uitkomst = lezer.lees(verzoek);
        if (uitkomst.raadpleging() == null) {
            LOG.info("Bevraging geweigerd: {} foutieve parameter(s)", uitkomst.fouten().size());
            return probleem(Foutbericht.parameters(uitkomst.fouten()));
        }
        Raadpleging raadpleging = uitkomst.raadpleging();
        ArrayNode personen = JsonNodeFactory.instance.arrayNode();
        for (String bsn : raadpleging.burgerservicenummers()) {
            register.zoek(bsn)
                    .filter(p -> ingeschrevenIn(p, raadpleging.gemeenteVanInschrijving()))
                    .map(p -> VeldenFilter.filter(p, raadpleging.fields()))
                    .ifPresent(personen::add);
        }
        bevragingen.registreer(new Bevraging(RaadplegingLezer.RAADPLEEG,
                raadpleging.burgerservicenummers().stream().map(Bsn::gemaskeerd).toList(),
                raadpleging.fields(), raadpleging.gemeenteVanInschrijving(), personen.size(),
                request.getHeader(AANVRAAG_ID), request.getHeader(CORRELATION_ID), clock.instant()));
        // counts only: a BSN never goes into a log line
        LOG.info("Bevraging {} beantwoord: {} gevraagd, {} geleverd", RaadplegingLezer.RAADPLEEG,
                raadpleging.burgerservicenummers().size(), personen.size());

        ObjectNode antwoord = JsonNodeFactory.instance.objectNode();
        antwoord.put("type", RaadplegingLezer.RAADPLEEG);
        antwoord.set("personen", personen);
        return ResponseEntity.ok().contentType(JSON_UTF8).body(antwoord);
    }

    /** The BRP API is POST only (a BSN must never end up in a URL or access log). */
    @RequestMapping(method = {RequestMethod.GET, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
    ResponseEntity<Object> andereMethode() {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.POST)
                .contentType(PROBLEM_JSON).body(Foutbericht.methodeNietToegestaan());
    }

    private static boolean ingeschrevenIn(JsonNode persoon, String gemeente) {
        return gemeente == null
                || gemeente.equals(persoon.path("gemeenteVanInschrijving").path("code").asString(null));
    }

    static ResponseEntity<Object> probleem(Foutbericht fout) {
        return ResponseEntity.status(fout.status()).contentType(PROBLEM_JSON).body(fout);
    }
}
