package nl.midoffice.simulator.support.gedrag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Control API to read and switch the failure mode; same shape on every simulator of this project. */
@RestController
@RequestMapping("/simulator/gedrag")
class GedragController {

    /** An hour: longer than any client timeout, so longer delays only hide typos. */
    static final long MAX_VERTRAGING_MS = 3_600_000;

    private final GedragService gedrag;

    GedragController(GedragService gedrag) {
        this.gedrag = gedrag;
    }

    @GetMapping
    Gedrag lees() {
        return gedrag.huidig();
    }

    @PutMapping
    Gedrag zet(@RequestBody GedragVerzoek verzoek) {
        List<String> fouten = new ArrayList<>();
        Modus modus = null;
        if (verzoek.modus() == null) {
            fouten.add("modus is verplicht (NORMAAL, STORING of TRAAG)");
        } else {
            modus = Arrays.stream(Modus.values()).filter(m -> m.name().equals(verzoek.modus())).findFirst().orElse(null);
            if (modus == null) {
                fouten.add("modus '" + verzoek.modus() + "' is onbekend; kies NORMAAL, STORING of TRAAG");
            }
        }
        if (verzoek.vertragingMs() != null
                && (verzoek.vertragingMs() < 0 || verzoek.vertragingMs() > MAX_VERTRAGING_MS)) {
            fouten.add("vertragingMs moet tussen 0 en " + MAX_VERTRAGING_MS + " liggen");
        }
        if (verzoek.foutkans() != null && !(verzoek.foutkans() >= 0.0 && verzoek.foutkans() <= 1.0)) {
            fouten.add("foutkans moet tussen 0.0 en 1.0 liggen");
        }
        if (!fouten.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", fouten));
        }
        return gedrag.zet(modus, verzoek.vertragingMs(), verzoek.foutkans());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail ongeldig(ResponseStatusException e) {
        return probleem(e.getReason());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail onleesbaar(HttpMessageNotReadableException e) {
        return probleem("De body is geen geldig JSON-object met modus, vertragingMs en foutkans");
    }

    private static ProblemDetail probleem(String detail) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        probleem.setTitle("Ongeldig gedrag");
        return probleem;
    }
}
