package nl.midoffice.portal.aanvragen;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import nl.midoffice.portal.login.Burger;

/**
 * Live status changes for the pages {@code /mijn-aanvragen} and {@code /mijn-aanvragen/{id}}
 * ({@code /js/live-status.js}): the mid-office's stream of the logged-in citizen, relayed. The literal path
 * wins over {@code /mijn-aanvragen/{id}}.
 */
@Controller
class LiveStatusController {

    static final String PAD = "/mijn-aanvragen/gebeurtenissen";

    private final LiveStatusRelay relay;

    LiveStatusController(LiveStatusRelay relay) {
        this.relay = relay;
    }

    @GetMapping(path = PAD, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> gebeurtenissen(@AuthenticationPrincipal Burger burger) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no")
                .body(relay.open(burger.bsn()));
    }
}
