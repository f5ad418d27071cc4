package nl.midoffice.simulator.zaken.zaak;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.simulator.support.Bsn;

/**
 * The control API every simulator in this project has: what arrived, one record per created zaak (so a
 * test can count that an aanvraag arrived exactly once), and a reset. The initiator's BSN is shown masked
 * ({@code *****3653}): the control API must not become a second person register.
 */
@RestController
@RequestMapping("/simulator")
class OntvangenController {

    private final ZaakRegister register;

    OntvangenController(ZaakRegister register) {
        this.register = register;
    }

    @GetMapping("/ontvangen")
    Map<String, List<Ontvangen>> ontvangen() {
        return Map.of("ontvangen", register.alleNieuwsteEerst().stream().map(Ontvangen::van).toList());
    }

    /** Forgets zaken, statuses and roles; subscriptions stay. */
    @DeleteMapping("/ontvangen")
    ResponseEntity<Void> wis() {
        register.wis();
        return ResponseEntity.noContent().build();
    }

    /**
     * @param zaakUrl     with the base URL the creating client used
     * @param status      omschrijving of the current statustype, or null while the zaak has no status
     * @param herhalingen creates refused as identificatie-niet-uniek
     */
    record Ontvangen(String zaakUrl, String uuid, String identificatie, String bronorganisatie, String zaaktype,
                     String zaaktypeIdentificatie, String aanvraagId, String correlationId, Instant ontvangenOp,
                     String status, String initiatorBsn, int herhalingen) {

        static Ontvangen van(ZaakStand stand) {
            Zaak z = stand.zaak();
            return new Ontvangen(ZaakUrls.zaak(z.basisUrl(), z.uuid()), z.uuid().toString(), z.identificatie(),
                    z.bronorganisatie(), z.zaaktypeUrl(), z.zaaktype().identificatie(), z.aanvraagId(),
                    z.correlationId(), z.ontvangenOp(),
                    stand.huidigeStatus().map(s -> s.statustype().omschrijving()).orElse(null),
                    stand.initiatorBsn() == null ? null : Bsn.gemaskeerd(stand.initiatorBsn()), stand.herhalingen());
        }
    }
}
