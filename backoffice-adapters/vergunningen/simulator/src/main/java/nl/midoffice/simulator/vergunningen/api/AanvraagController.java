package nl.midoffice.simulator.vergunningen.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.simulator.vergunningen.aanvraag.AanvraagGegevens;
import nl.midoffice.simulator.vergunningen.aanvraag.AanvraagRegister;
import nl.midoffice.simulator.vergunningen.aanvraag.AanvraagStatus;
import nl.midoffice.simulator.vergunningen.aanvraag.Beslisser;
import nl.midoffice.simulator.vergunningen.aanvraag.Herkomst;
import nl.midoffice.simulator.vergunningen.aanvraag.Ontvangst;

/**
 * The permit service's own API. Intake is idempotent on referentie: the same application again gets
 * 200 with the existing id; the same referentie with other content gets 409.
 */
@RestController
@RequestMapping(path = "/api/v1/aanvragen", produces = MediaType.APPLICATION_JSON_VALUE)
class AanvraagController {

    static final String AANVRAAG_ID = "X-Aanvraag-ID";
    static final String CORRELATION_ID = "X-Correlation-ID";
    private static final int MAX_HEADER = 200;

    private final AanvraagValidatie validatie;
    private final AanvraagRegister register;
    private final Beslisser beslisser;

    AanvraagController(AanvraagValidatie validatie, AanvraagRegister register, Beslisser beslisser) {
        this.validatie = validatie;
        this.register = register;
        this.beslisser = beslisser;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Ontvangstbevestiging> dienIn(@RequestBody AanvraagVerzoek verzoek,
                                               @RequestHeader(name = AANVRAAG_ID, required = false) String aanvraagId,
                                               @RequestHeader(name = CORRELATION_ID, required = false) String correlationId) {
        AanvraagGegevens gegevens = validatie.valideer(verzoek);
        Ontvangst ontvangst = register.ontvang(gegevens, new Herkomst(kort(aanvraagId), kort(correlationId)));
        String id = ontvangst.aanvraag().id();
        HttpStatus status;
        switch (ontvangst.registratie()) {
            case NIEUW -> {
                beslisser.plan(ontvangst.aanvraag());
                status = HttpStatus.ACCEPTED;
            }
            case HERHALING -> status = HttpStatus.OK;
            default -> throw new ReferentieConflictException(gegevens.referentie(), id);
        }
        return ResponseEntity.status(status)
                .location(URI.create("/api/v1/aanvragen/" + id))
                .body(new Ontvangstbevestiging(id, gegevens.referentie(), ontvangst.aanvraag().status()));
    }

    @GetMapping("/{id}")
    AanvraagAntwoord lees(@PathVariable String id) {
        return register.zoek(id).map(AanvraagAntwoord::van).orElseThrow(() -> new AanvraagNietGevondenException(id));
    }

    /** Kept for tracing only; an overlong header is cut rather than refused. */
    private static String kort(String waarde) {
        return waarde == null || waarde.length() <= MAX_HEADER ? waarde : waarde.substring(0, MAX_HEADER);
    }

    record Ontvangstbevestiging(String id, String referentie, AanvraagStatus status) {
    }
}
