package nl.midoffice.simulator.meldingen;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The protocol endpoint, idempotent on referentie like the real system, and what it received. */
@RestController
class MeldingenController {

    record Melding(String referentie, String omschrijving, String toelichting, String melderBsn) {
    }

    /** One record per melding held; no BSN in here. */
    record Ontvangen(String id, String referentie, String aanvraagId, String correlationId, Instant ontvangenOp,
            int herhalingen) {
    }

    private final ConcurrentMap<String, Ontvangen> meldingen = new ConcurrentHashMap<>();

    @PostMapping("/api/v1/meldingen")
    ResponseEntity<Map<String, Object>> meld(@RequestBody Melding melding,
            @RequestHeader(value = "X-Aanvraag-ID", required = false) String aanvraagId,
            @RequestHeader(value = "X-Correlation-ID", required = false) String correlationId) {
        if (melding.referentie() == null || melding.omschrijving() == null || !elfproef(melding.melderBsn())) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Map.of(
                    "status", 400, "title", "Ongeldige melding",
                    "detail", "Het burgerservicenummer van de melder is ongeldig."));
        }
        boolean[] nieuw = {false};
        Ontvangen o = meldingen.compute(melding.referentie(), (referentie, bestaand) -> {
            nieuw[0] = bestaand == null;
            return bestaand == null
                    ? new Ontvangen(UUID.randomUUID().toString(), referentie, aanvraagId, correlationId, Instant.now(), 0)
                    : new Ontvangen(bestaand.id(), referentie, bestaand.aanvraagId(), bestaand.correlationId(),
                            bestaand.ontvangenOp(), bestaand.herhalingen() + 1);
        });
        return ResponseEntity.status(nieuw[0] ? 201 : 200).body(Map.of("id", o.id(), "referentie", o.referentie()));
    }

    @GetMapping("/simulator/ontvangen")
    Map<String, List<Ontvangen>> ontvangen() {
        return Map.of("ontvangen", meldingen.values().stream()
                .sorted(Comparator.comparing(Ontvangen::ontvangenOp).reversed()).toList());
    }

    static boolean elfproef(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        return (som - (bsn.charAt(8) - '0')) % 11 == 0;
    }
}
