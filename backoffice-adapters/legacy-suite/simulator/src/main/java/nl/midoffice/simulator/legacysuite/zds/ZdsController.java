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
import nl.midoffice.log.LogTekst;

/**
 * The suite's Zaak- en Documentservices endpoints. Every failure, including malformed XML and
 * unexpected errors, leaves as a SOAP Fault with a Fo03Bericht: a SOAP client has no other way to
 * read it. What is no SOAP 1.1 request at the HTTP level (another content type than XML, another
 * method, a body over the limit) is refused by HTTP before that.
 */
@RestController
@RequestMapping("/zds")
class ZdsController {

    static final MediaType TEXT_XML = MediaType.parseMediaType("text/xml; charset=UTF-8");
    static final String CORRELATION_ID = "X-Correlation-ID";
    static final String TRACEPARENT = "traceparent";
    static final String AANVRAAG_ID = "X-Aanvraag-ID";
    private static final Logger LOG = LoggerFactory.getLogger(ZdsController.class);

    private final CreeerZaakVerwerker creeerZaak;
    private final ZaakstatusVerwerker zaakstatus;
    private final ZaakIdentificatieVerwerker zaakIdentificatie;
    private final PersoonVraagVerwerker persoonVraag;
    private final StufBerichten berichten;

    /** Which SOAPActions a message accepts and who answers it. */
    private record Afhandeling(Set<String> acties, Function<SoapVerzoek, String> verwerker) {
    }

    ZdsController(CreeerZaakVerwerker creeerZaak, ZaakstatusVerwerker zaakstatus,
                  ZaakIdentificatieVerwerker zaakIdentificatie, PersoonVraagVerwerker persoonVraag,
                  StufBerichten berichten) {
        this.creeerZaak = creeerZaak;
        this.zaakstatus = zaakstatus;
        this.zaakIdentificatie = zaakIdentificatie;
        this.persoonVraag = persoonVraag;
        this.berichten = berichten;
    }

    @PostMapping(path = "/OntvangAsynchroon", consumes = {"text/xml", "application/xml"})
    ResponseEntity<String> ontvangAsynchroon(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = "SOAPAction", required = false) String soapAction,
            @RequestHeader(value = CORRELATION_ID, required = false) String correlationId,
            @RequestHeader(value = TRACEPARENT, required = false) String traceparent) {
        Afhandeling afhandeling = new Afhandeling(SoapActies.CREEER_ZAAK,
                verzoek -> creeerZaak.verwerk(verzoek, correlationId, traceparent));
        return verwerk(body, soapAction, verzoek -> afhandeling);
    }

    /** Two questions share this endpoint, as in a real suite: a zaak's status (ZKN) and a person (BG). */
    @PostMapping(path = "/BeantwoordVraag", consumes = {"text/xml", "application/xml"})
    ResponseEntity<String> beantwoordVraag(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = "SOAPAction", required = false) String soapAction,
            @RequestHeader(value = AANVRAAG_ID, required = false) String aanvraagId,
            @RequestHeader(value = CORRELATION_ID, required = false) String correlationId) {
        Afhandeling persoon = new Afhandeling(SoapActies.GEEF_PERSOON,
                verzoek -> persoonVraag.verwerk(verzoek, aanvraagId, correlationId));
        Afhandeling status = new Afhandeling(SoapActies.GEEF_ZAAKSTATUS, zaakstatus::verwerk);
        return verwerk(body, soapAction, verzoek -> verzoek.is(Namespaces.BG, "npsLv01") ? persoon : status);
    }

    @PostMapping(path = "/VerwerkSynchroonVrijBericht", consumes = {"text/xml", "application/xml"})
    ResponseEntity<String> verwerkSynchroonVrijBericht(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = "SOAPAction", required = false) String soapAction) {
        Afhandeling afhandeling = new Afhandeling(SoapActies.GENEREER_ZAAKIDENTIFICATIE, zaakIdentificatie::verwerk);
        return verwerk(body, soapAction, verzoek -> afhandeling);
    }

    private ResponseEntity<String> verwerk(byte[] body, String soapAction, Function<SoapVerzoek, Afhandeling> kies) {
        // parsed before the SOAPAction check so that even that refusal can echo the referentienummer
        Stuurgegevens vraag = Stuurgegevens.ONBEKEND;
        try {
            SoapVerzoek verzoek = SoapVerzoek.uit(VeiligeXml.lees(body));
            vraag = verzoek.stuurgegevens();
            Afhandeling afhandeling = kies.apply(verzoek);
            SoapActies.controleer(soapAction, afhandeling.acties());
            return ResponseEntity.ok().contentType(TEXT_XML).body(afhandeling.verwerker().apply(verzoek));
        } catch (StufFout fout) {
            LOG.info("Fo03 {} ({}): {} (referentienummer {})",
                    fout.code(), fout.plek(), LogTekst.veilig(fout.omschrijving()),
                    LogTekst.veilig(vraag.referentienummer()));
            return fout(fout, vraag);
        } catch (RuntimeException e) {
            LOG.error("Onverwachte fout bij verwerken (referentienummer {})", LogTekst.veilig(vraag.referentienummer()), e);
            return fout(StufFout.server("Interne fout in het zaaksysteem", "Probeer het later opnieuw"), vraag);
        }
    }

    private ResponseEntity<String> fout(StufFout fout, Stuurgegevens vraag) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(TEXT_XML)
                .body(berichten.fo03(fout, vraag));
    }
}
