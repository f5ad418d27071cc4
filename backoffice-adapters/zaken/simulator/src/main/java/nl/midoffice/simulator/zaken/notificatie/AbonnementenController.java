package nl.midoffice.simulator.zaken.notificatie;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Control API for webhooks (a simplification of the Notificaties API's abonnementen: one kanaal,
 * no filters) and for the log of sent notifications.
 */
@RestController
@RequestMapping("/simulator")
class AbonnementenController {

    private final Abonnementen abonnementen;
    private final Notificaties notificaties;

    AbonnementenController(Abonnementen abonnementen, Notificaties notificaties) {
        this.abonnementen = abonnementen;
        this.notificaties = notificaties;
    }

    @PostMapping("/abonnementen")
    ResponseEntity<AbonnementJson> neemAf(@RequestBody AbonnementVerzoek verzoek) {
        if (verzoek.callbackUrl() == null || !isHttpUrl(verzoek.callbackUrl())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "callbackUrl moet een absolute http(s)-URL zijn");
        }
        if (verzoek.auth() != null && verzoek.auth().length() > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "auth mag hoogstens 1000 tekens zijn");
        }
        boolean bestond = abonnementen.bestaat(verzoek.callbackUrl());
        Abonnement abonnement = abonnementen.neemAf(verzoek.callbackUrl(), verzoek.auth());
        return ResponseEntity.status(bestond ? HttpStatus.OK : HttpStatus.CREATED).body(AbonnementJson.van(abonnement));
    }

    @GetMapping("/abonnementen")
    Map<String, List<AbonnementJson>> lijst() {
        return Map.of("abonnementen", abonnementen.alle().stream().map(AbonnementJson::van).toList());
    }

    @DeleteMapping("/abonnementen")
    ResponseEntity<Void> zegOp() {
        abonnementen.zegAllesOp();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notificaties")
    Map<String, List<VerzendingJson>> verzonden() {
        return Map.of("notificaties", notificaties.recenteNieuwsteEerst().stream().map(VerzendingJson::van).toList());
    }

    @DeleteMapping("/notificaties")
    ResponseEntity<Void> wis() {
        notificaties.wisLog();
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail ongeldig(ResponseStatusException e) {
        return probleem(e.getReason());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail onleesbaar(HttpMessageNotReadableException e) {
        return probleem("De body is geen geldig JSON-object met callbackUrl en auth");
    }

    private static ProblemDetail probleem(String detail) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        probleem.setTitle("Ongeldig abonnement");
        return probleem;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    record AbonnementVerzoek(String callbackUrl, String auth) {
    }

    /** Without the auth value: it is a credential of the subscriber. */
    record AbonnementJson(UUID id, String callbackUrl, String kanaal, boolean metAuth, Instant aangemaaktOp) {

        static AbonnementJson van(Abonnement a) {
            return new AbonnementJson(a.id(), a.callbackUrl(), Notificatie.KANAAL_ZAKEN,
                    a.auth() != null && !a.auth().isBlank(), a.aangemaaktOp());
        }
    }

    record VerzendingJson(UUID id, Notificatie notificatie, List<Aflevering> afleveringen) {

        static VerzendingJson van(Verzending v) {
            return new VerzendingJson(v.id(), v.notificatie(), v.afleveringen());
        }
    }
}
