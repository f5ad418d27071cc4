package nl.midoffice.midoffice.beheer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;
import nl.midoffice.midoffice.capability.Routering;
import nl.midoffice.midoffice.capability.StranglerRouter;
import nl.midoffice.midoffice.spoor.Spoor;

/**
 * Administration API: the trace of one aanvraag — where each step was routed (mode, system, shadow), every hop
 * with time, duration and outcome, and its statuses.
 */
@RestController
@RequestMapping(path = "/api/v1/beheer/aanvragen", produces = MediaType.APPLICATION_JSON_VALUE)
class SpoorController {

    private final AanvraagRepository aanvragen;
    private final Spoor spoor;
    private final StranglerRouter router;

    SpoorController(AanvraagRepository aanvragen, Spoor spoor, StranglerRouter router) {
        this.aanvragen = aanvragen;
        this.spoor = spoor;
        this.router = router;
    }

    record Trace(UUID aanvraagId, String referentie, String correlationId, String gemeente, String product,
            AanvraagStatus status, String zaakSysteem, String zaakIdentificatie, Instant ontvangenOp,
            String stap, List<Routering> routeringen, List<Spoor.Stap> stappen,
            List<Aanvraag.Statuswijziging> statussen) {
    }

    @GetMapping("/{id}/spoor")
    Trace spoor(@PathVariable UUID id) {
        Aanvraag a = aanvragen.vind(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Er is geen aanvraag met dit id."));
        return new Trace(a.id(), a.referentie(), a.correlationId(), a.gemeente(), a.product(), a.status(),
                a.zaakSysteem(), a.zaakIdentificatie(), a.ontvangenOp(), a.stap(), router.routeringen(id), spoor.van(id),
                aanvragen.historie(id));
    }
}
