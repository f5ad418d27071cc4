package nl.midoffice.simulator.legacysuite.zaak;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.simulator.support.Bsn;

/**
 * The control API every simulator in this project has: what arrived (one record per zaak, so a
 * test can count that an aanvraag arrived exactly once), a reset, and one zaak in detail. The initiator's
 * BSN is shown masked ({@code *****3653}): the control API must not become a second person register.
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

    @DeleteMapping("/ontvangen")
    ResponseEntity<Void> wis() {
        register.wis();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/zaken/{identificatie}")
    ResponseEntity<ZaakDetail> zaak(@PathVariable String identificatie) {
        return ResponseEntity.of(register.zoek(identificatie).map(ZaakDetail::van));
    }

    record Ontvangen(String zaakIdentificatie, String aanvraagId, String correlationId, String traceparent,
                     String referentienummer, String gemeente, String zaaktype, String zaaktypeOmschrijving,
                     String omschrijving, String toelichting, String initiatorBsn, Instant ontvangenOp,
                     int herhalingen, ZaakStatus status, String statusOmschrijving) {

        static Ontvangen van(Zaak zaak) {
            NieuweZaak g = zaak.gegevens();
            ZaakStatus status = zaak.huidigeStatus().status();
            return new Ontvangen(g.identificatie(), g.aanvraagId(), zaak.aflevering().correlationId(),
                    zaak.aflevering().traceparent(), zaak.aflevering().referentienummer(), g.gemeente(),
                    g.zaaktypeCode() != null ? g.zaaktypeCode() : g.zaaktypeOmschrijving(),
                    g.zaaktypeOmschrijving(), g.omschrijving(), g.toelichting(),
                    g.initiatorBsn() == null ? null : Bsn.gemaskeerd(g.initiatorBsn()),
                    zaak.ontvangenOp(), zaak.herhalingen(), status, status.omschrijving());
        }
    }

    /** {@code besluit} is null until a clerk decides on a permit zaak. */
    record ZaakDetail(Ontvangen zaak, List<Status> statussen, Besluit besluit) {

        static ZaakDetail van(Zaak zaak) {
            return new ZaakDetail(Ontvangen.van(zaak), zaak.statussen().stream()
                    .map(s -> new Status(s.status().volgnummer(), s.status(), s.status().omschrijving(),
                            s.toelichting(), s.gezetOp()))
                    .toList(), zaak.besluit());
        }
    }

    record Status(int volgnummer, ZaakStatus status, String omschrijving, String toelichting, Instant gezetOp) {
    }
}
