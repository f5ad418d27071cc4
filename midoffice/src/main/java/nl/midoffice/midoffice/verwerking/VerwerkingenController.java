package nl.midoffice.midoffice.verwerking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.midoffice.security.Burger;

/**
 * The verwerkingenlogging, read: a citizen sees every lookup of their own personal data (who, when, what, for
 * which purpose, on which ground); the administrator sees all of them, with the person concerned masked.
 */
@RestController
class VerwerkingenController {

    private static final int MAX = 200;

    private final Verwerkingen verwerkingen;

    VerwerkingenController(Verwerkingen verwerkingen) {
        this.verwerkingen = verwerkingen;
    }

    /** For the citizen: no internal ids beyond the action's own, no BSN (it is their own, from the token). */
    record Verwerking(UUID actieId, String actieNaam, String verwerkingNaam, String verwerkingsactiviteit, String doel,
            String grondslag, String vertrouwelijkheid, String bewaartermijn, String verwerkendeOrganisatie,
            String uitvoerder, String systeem, String gegevensbron, Instant tijdstip, List<String> soortenGegevens,
            String aanvraagReferentie) {

        static Verwerking van(Verwerkingen.Verwerkingsactie a) {
            return new Verwerking(a.actieId(), a.actieNaam(), a.verwerkingNaam(), a.verwerkingsactiviteit(), a.doel(),
                    a.grondslag(), a.vertrouwelijkheid(), a.bewaartermijn(), a.verwerkendeOrganisatie(),
                    a.uitvoerder(), a.systeem(), a.gegevensbron(), a.tijdstip(), a.soortenGegevens(),
                    a.aanvraagReferentie());
        }
    }

    record Lijst(List<Verwerking> verwerkingen) {
    }

    @GetMapping(path = "/api/v1/verwerkingen", produces = MediaType.APPLICATION_JSON_VALUE)
    Lijst mijnVerwerkingen(JwtAuthenticationToken token) {
        Burger burger = Burger.uit(token);
        return new Lijst(verwerkingen.vanBetrokkene(burger.bsn(), MAX).stream().map(Verwerking::van).toList());
    }

    /** For the administrator: the VNG fields with the person concerned masked and the aanvraag and trace ids. */
    record Beheerverwerking(UUID actieId, String actieNaam, String verwerkingNaam, String verwerkingsactiviteit,
            String doel, String grondslag, String vertrouwelijkheid, String bewaartermijn,
            String verwerkendeOrganisatie, String uitvoerder, String systeem, String gegevensbron, Instant tijdstip,
            Instant tijdstipRegistratie, List<VerwerktObject> verwerkteObjecten, UUID aanvraagId,
            String aanvraagReferentie, String correlationId) {
    }

    /** VNG Verwerkingenlogging: the object (here the person) an action was about. */
    record VerwerktObject(String objecttype, String soortObjectId, String objectId, String betrokkenheid,
            List<String> verwerkteSoortenGegevens) {
    }

    record Beheerlijst(List<Beheerverwerking> verwerkingen) {
    }

    @GetMapping(path = "/api/v1/beheer/verwerkingen", produces = MediaType.APPLICATION_JSON_VALUE)
    Beheerlijst alleVerwerkingen(@RequestParam(required = false) UUID aanvraag,
            @RequestParam(defaultValue = "100") int max) {
        var acties = aanvraag != null ? verwerkingen.vanAanvraag(aanvraag)
                : verwerkingen.recent(Math.max(1, Math.min(max, MAX)));
        return new Beheerlijst(acties.stream().map(a -> new Beheerverwerking(a.actieId(), a.actieNaam(),
                a.verwerkingNaam(), a.verwerkingsactiviteit(), a.doel(), a.grondslag(), a.vertrouwelijkheid(),
                a.bewaartermijn(), a.verwerkendeOrganisatie(), a.uitvoerder(), a.systeem(), a.gegevensbron(),
                a.tijdstip(), a.tijdstipRegistratie(),
                List.of(new VerwerktObject("persoon", "BSN", gemaskeerd(a.bsn()), a.betrokkenheid(),
                        a.soortenGegevens())),
                a.aanvraagId(), a.aanvraagReferentie(), a.correlationId())).toList());
    }

    /** {@code *****3653}: enough to tell persons apart in an overview, not enough to identify one. */
    static String gemaskeerd(String bsn) {
        return bsn == null || bsn.length() < 4 ? "*****" : "*****" + bsn.substring(bsn.length() - 4);
    }
}
