package nl.midoffice.simulator.legacysuite.zds;

import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The suite's Zaak- en Documentservices endpoints. Every failure, including malformed XML and
 * unexpected errors, leaves as a SOAP Fault with a Fo03Bericht: a SOAP client has no other way to
 * read it.
 */
@RestController
@RequestMapping("/zds")
class ZdsController {

    static final MediaType TEXT_XML = MediaType.parseMediaType("text/xml; charset=UTF-8");
    static final String CORRELATION_ID = "X-Correlation-ID";
    static final String TRACEPARENT = "traceparent";
    private static final Logger LOG = LoggerFactory.getLogger(ZdsController.class);

    private final CreeerZaakVerwerker creeerZaak;
    private final ZaakstatusVerwerker zaakstatus;
    private final ZaakIdentificatieVerwerker zaakIdentificatie;
    private final StufBerichten berichten;

    ZdsController(CreeerZaakVerwerker creeerZaak, ZaakstatusVerwerker zaakstatus,
                  ZaakIdentificatieVerwerker zaakIdentificatie, StufBerichten berichten) {
        this.creeerZaak = creeerZaak;
        this.zaakstatus = zaakstatus;
        this.zaakIdentificatie = zaakIdentificatie;
        this.berichten = berichten;
    }

    @PostMapping("/OntvangAsynchroon")
    ResponseEntity<String> ontvangAsynchroon(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = "SOAPAction", required = false) String soapAction,
            @RequestHeader(value = CORRELATION_ID, required = false) String correlationId,
            @RequestHeader(value = TRACEPARENT, required = false) String traceparent) {
        return verwerk(body, soapAction, SoapActies.CREEER_ZAAK,
                verzoek -> creeerZaak.verwerk(verzoek, correlationId, traceparent));
    }

    @PostMapping("/BeantwoordVraag")
    ResponseEntity<String> beantwoordVraag(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = "SOAPAction", required = false) String soapAction) {
        return verwerk(body, soapAction, SoapActies.GEEF_ZAAKSTATUS, zaakstatus::verwerk);
    }

    @PostMapping("/VerwerkSynchroonVrijBericht")
    ResponseEntity<String> verwerkSynchroonVrijBericht(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = "SOAPAction", required = false) String soapAction) {
        return verwerk(body, soapAction, SoapActies.GENEREER_ZAAKIDENTIFICATIE, zaakIdentificatie::verwerk);
    }

    private ResponseEntity<String> verwerk(byte[] body, String soapAction, Set<String> acties,
                                           Function<SoapVerzoek, String> verwerker) {
        // parsed before the SOAPAction check so that even that refusal can echo the referentienummer
        Stuurgegevens vraag = Stuurgegevens.ONBEKEND;
        try {
            SoapVerzoek verzoek = SoapVerzoek.uit(VeiligeXml.lees(body));
            vraag = verzoek.stuurgegevens();
            SoapActies.controleer(soapAction, acties);
            return ResponseEntity.ok().contentType(TEXT_XML).body(verwerker.apply(verzoek));
        } catch (StufFout fout) {
            LOG.info("Fo03 {} ({}): {} (referentienummer {})",
                    fout.code(), fout.plek(), fout.omschrijving(), vraag.referentienummer());
            return fout(fout, vraag);
        } catch (RuntimeException e) {
            LOG.error("Onverwachte fout bij verwerken (referentienummer {})", vraag.referentienummer(), e);
            return fout(StufFout.server("Interne fout in het zaaksysteem", "Probeer het later opnieuw"), vraag);
        }
    }

    private ResponseEntity<String> fout(StufFout fout, Stuurgegevens vraag) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(TEXT_XML)
                .body(berichten.fo03(fout, vraag));
    }
}
