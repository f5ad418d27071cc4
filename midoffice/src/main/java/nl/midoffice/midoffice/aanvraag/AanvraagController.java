package nl.midoffice.midoffice.aanvraag;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.midoffice.api.CorrelationIdFilter;
import nl.midoffice.midoffice.ratelimit.IndienLimiet;
import nl.midoffice.midoffice.security.Burger;
import nl.midoffice.midoffice.spoor.Spoor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public API for front offices: submit an aanvraag, read one's own aanvragen. */
@RestController
@RequestMapping(path = "/api/v1/aanvragen", produces = MediaType.APPLICATION_JSON_VALUE)
class AanvraagController {

    private static final int MAX_LIJST = 200;

    private final AanvraagIntake intake;
    private final AanvraagRepository aanvragen;
    private final JsonMapper json;
    private final Spoor spoor;
    private final IndienLimiet limiet;

    AanvraagController(AanvraagIntake intake, AanvraagRepository aanvragen, JsonMapper json, Spoor spoor,
            IndienLimiet limiet) {
        this.intake = intake;
        this.limiet = limiet;
        this.spoor = spoor;
        this.aanvragen = aanvragen;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Ontvangst> indienen(@RequestBody(required = false) JsonNode verzoek,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            JwtAuthenticationToken token) {
        Burger burger = Burger.uit(token);
        limiet.controleer(burger);
        Instant start = Instant.now();
        Ontvangst ontvangst = intake.dienIn(verzoek, new AanvraagIntake.Namens(burger.bsn(), burger.clientId()),
                idempotencyKey, CorrelationIdFilter.huidige());
        spoor.leg(ontvangst.id(), "midoffice.intake", start, Duration.between(start, Instant.now()).toMillis(),
                Spoor.Uitkomst.OK, "202 Accepted, client " + burger.clientId());
        return ResponseEntity.accepted().location(URI.create("/api/v1/aanvragen/" + ontvangst.id())).body(ontvangst);
    }

    record Samenvatting(UUID id, String referentie, String product, String gemeente, AanvraagStatus status,
            Instant ontvangenOp) {
    }

    record Lijst(List<Samenvatting> aanvragen) {
    }

    @GetMapping
    Lijst lijst(JwtAuthenticationToken token) {
        Burger burger = Burger.uit(token);
        return new Lijst(aanvragen.vanAanvrager(burger.bsn(), MAX_LIJST).stream()
                .map(a -> new Samenvatting(a.id(), a.referentie(), a.product(), a.gemeente(), a.status(),
                        a.ontvangenOp()))
                .toList());
    }

    record Statusregel(AanvraagStatus status, Instant tijdstip, String toelichting) {
    }

    record Detail(UUID id, String referentie, String product, String gemeente, AanvraagStatus status,
            String statusToelichting, Instant ontvangenOp, JsonNode gegevens, List<Statusregel> statusHistorie) {
    }

    /** Someone else's aanvraag answers exactly like one that does not exist. */
    @GetMapping("/{id}")
    Detail detail(@PathVariable UUID id, JwtAuthenticationToken token) {
        Burger burger = Burger.uit(token);
        Aanvraag a = aanvragen.vind(id).filter(x -> x.aanvragerBsn().equals(burger.bsn()))
                .orElseThrow(() -> new AanvraagNietGevondenException(id));
        List<Statusregel> historie = aanvragen.historie(id).stream()
                .map(s -> new Statusregel(s.status(), s.tijdstip(), s.toelichting())).toList();
        return new Detail(a.id(), a.referentie(), a.product(), a.gemeente(), a.status(), a.statusToelichting(),
                a.ontvangenOp(), json.readTree(a.gegevensJson()), historie);
    }
}
