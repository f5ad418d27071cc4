package nl.midoffice.midoffice.capability;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.midoffice.api.Problemen;

/** What the shadow runs found (mode SHADOW, docs/architecture.md): counts per capability and the recent comparisons. */
@RestController
@RequestMapping(path = "/api/v1/beheer", produces = MediaType.APPLICATION_JSON_VALUE)
class SchaduwvergelijkingController {

    private final SchaduwVergelijkingen schaduw;

    SchaduwvergelijkingController(SchaduwVergelijkingen schaduw) {
        this.schaduw = schaduw;
    }

    record Schaduwresultaten(List<SchaduwVergelijkingen.Telling> tellingen,
            List<SchaduwVergelijkingen.Vergelijking> vergelijkingen) {
    }

    @GetMapping("/schaduwvergelijkingen")
    Schaduwresultaten schaduwvergelijkingen(@RequestParam(defaultValue = "false") boolean alleenVerschillen,
            @RequestParam(defaultValue = "50") int max) {
        return new Schaduwresultaten(schaduw.tellingen(), schaduw.recent(alleenVerschillen, Math.max(1, Math.min(max, 500))));
    }

    @GetMapping("/schaduwvergelijkingen/{id}")
    SchaduwVergelijkingen.Vergelijking schaduwvergelijking(@PathVariable long id) {
        return schaduw.vind(id).orElseThrow(() -> Problemen.nietGevonden("Er is geen schaduwvergelijking met dit id."));
    }
}
