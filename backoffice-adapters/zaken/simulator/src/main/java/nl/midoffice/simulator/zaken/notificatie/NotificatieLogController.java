package nl.midoffice.simulator.zaken.notificatie;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API for the log of sent notifications. Abonnementen are managed through the Notificaties API
 * ({@link NotificatiesApiController}).
 */
@RestController
@RequestMapping("/simulator")
class NotificatieLogController {

    private final Notificaties notificaties;

    NotificatieLogController(Notificaties notificaties) {
        this.notificaties = notificaties;
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

    record VerzendingJson(UUID id, Notificatie notificatie, List<Aflevering> afleveringen) {

        static VerzendingJson van(Verzending v) {
            return new VerzendingJson(v.id(), v.notificatie(), v.afleveringen());
        }
    }
}
