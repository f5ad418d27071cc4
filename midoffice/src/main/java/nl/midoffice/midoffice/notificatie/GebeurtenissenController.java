package nl.midoffice.midoffice.notificatie;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import nl.midoffice.midoffice.ratelimit.StroomLimiet;
import nl.midoffice.midoffice.security.Burger;

/**
 * Live status changes for front offices (Server-Sent Events): the CloudEvents of the calling citizen's own
 * aanvragen, as they happen. The literal path wins over {@code /api/v1/aanvragen/{id}} in Spring's matching.
 */
@RestController
class GebeurtenissenController {

    static final String PAD = "/api/v1/aanvragen/gebeurtenissen";

    private final StatusStromen stromen;
    private final StroomLimiet limiet;

    GebeurtenissenController(StatusStromen stromen, StroomLimiet limiet) {
        this.stromen = stromen;
        this.limiet = limiet;
    }

    @GetMapping(path = PAD, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> gebeurtenissen(JwtAuthenticationToken token) {
        Burger burger = Burger.uit(token);
        limiet.controleer(burger, stromen.aantalOpen());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                // reverse proxies such as nginx would otherwise buffer the stream
                .header("X-Accel-Buffering", "no")
                .body(stromen.open(burger.bsn()));
    }
}
