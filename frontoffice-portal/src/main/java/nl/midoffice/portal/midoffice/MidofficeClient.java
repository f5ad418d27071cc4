package nl.midoffice.portal.midoffice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The portal's only way out: the mid-office public API (docs/architecture.md). Every call acts on behalf of
 * one citizen, whose BSN travels only inside the signed token (and, when submitting, in the body).
 * Failures are translated into exceptions the web layer can explain to a citizen.
 */
@Component
public class MidofficeClient {

    private static final Logger log = LoggerFactory.getLogger(MidofficeClient.class);
    private static final String AANVRAGEN = "/api/v1/aanvragen";
    private static final String PERSOONSGEGEVENS = "/api/v1/persoonsgegevens";
    private static final String VERWERKINGEN = "/api/v1/verwerkingen";
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final RestClient rest;
    private final MidofficeTokens tokens;

    MidofficeClient(RestClient midofficeRestClient, MidofficeTokens tokens) {
        this.rest = midofficeRestClient;
        this.tokens = tokens;
    }

    /** Submits an aanvraag; the same idempotency key on a retry lets the mid-office answer without a duplicate. */
    public AanvraagOntvangen dienIn(NieuweAanvraag aanvraag, UUID idempotencyKey) {
        AanvraagOntvangen ontvangen = call("POST " + AANVRAGEN, () -> rest.post()
                .uri(AANVRAGEN)
                .header(HttpHeaders.AUTHORIZATION, bearer(aanvraag.aanvrager().bsn()))
                .header("Idempotency-Key", idempotencyKey.toString())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, PROBLEM_JSON)
                .body(aanvraag)
                .retrieve()
                .body(AanvraagOntvangen.class));
        if (ontvangen == null || ontvangen.id() == null) {
            throw new MidofficeNietBeschikbaarException("Mid-office answered without an aanvraag id", null);
        }
        log.info("Aanvraag {} submitted: id={} referentie={}", aanvraag.product(), ontvangen.id(), ontvangen.referentie());
        return ontvangen;
    }

    public List<AanvraagSamenvatting> aanvragenVan(String bsn) {
        AanvragenLijst lijst = call("GET " + AANVRAGEN, () -> rest.get()
                .uri(AANVRAGEN)
                .header(HttpHeaders.AUTHORIZATION, bearer(bsn))
                .accept(MediaType.APPLICATION_JSON, PROBLEM_JSON)
                .retrieve()
                .body(AanvragenLijst.class));
        return lijst == null || lijst.aanvragen() == null ? List.of() : lijst.aanvragen();
    }

    public AanvraagDetail aanvraag(String bsn, UUID id) {
        AanvraagDetail detail = call("GET " + AANVRAGEN + "/" + id, () -> rest.get()
                .uri(AANVRAGEN + "/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, bearer(bsn))
                .accept(MediaType.APPLICATION_JSON, PROBLEM_JSON)
                .retrieve()
                .body(AanvraagDetail.class));
        if (detail == null) {
            throw new AanvraagNietGevondenException();
        }
        return detail;
    }

    /**
     * What the municipality knows of the citizen, for prefilling and greeting; empty when it does not know them
     * (404). The municipality goes in the query, the citizen only in the token.
     */
    public Optional<Persoonsgegevens> persoonsgegevens(String bsn, String gemeente) {
        try {
            return Optional.ofNullable(call("GET " + PERSOONSGEGEVENS + "?gemeente=" + gemeente, () -> rest.get()
                    .uri(uri -> uri.path(PERSOONSGEGEVENS).queryParam("gemeente", gemeente).build())
                    .header(HttpHeaders.AUTHORIZATION, bearer(bsn))
                    .accept(MediaType.APPLICATION_JSON, PROBLEM_JSON)
                    .retrieve()
                    .body(Persoonsgegevens.class)));
        } catch (AanvraagNietGevondenException onbekend) {
            // call() words every 404 as an unknown aanvraag; here it means: this person is not known
            return Optional.empty();
        }
    }

    /** Who processed the citizen's personal data, when, why and on which ground (VNG Verwerkingenlogging). */
    public List<Verwerking> verwerkingen(String bsn) {
        VerwerkingenLijst lijst;
        try {
            lijst = call("GET " + VERWERKINGEN, () -> rest.get()
                    .uri(VERWERKINGEN)
                    .header(HttpHeaders.AUTHORIZATION, bearer(bsn))
                    .accept(MediaType.APPLICATION_JSON, PROBLEM_JSON)
                    .retrieve()
                    .body(VerwerkingenLijst.class));
        } catch (AanvraagNietGevondenException e) {
            // the log is per citizen, never absent: a 404 means the mid-office does not offer it (yet)
            throw new MidofficeNietBeschikbaarException("GET " + VERWERKINGEN + " answered 404", e);
        }
        return lijst == null || lijst.verwerkingen() == null ? List.of() : lijst.verwerkingen();
    }

    private String bearer(String bsn) {
        return "Bearer " + tokens.voorBurger(bsn);
    }

    // The description names method and path only: paths carry ids, never a BSN, so it is safe to log.
    private <T> T call(String description, Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException e) {
            HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
            if (status == HttpStatus.BAD_REQUEST) {
                throw new OngeldigeAanvraagException(probleemUit(e));
            }
            if (status == HttpStatus.NOT_FOUND) {
                throw new AanvraagNietGevondenException();
            }
            if (status == HttpStatus.UNPROCESSABLE_CONTENT) {
                log.warn("{} refused: the idempotency key was used before for other data", description);
                throw new IdempotencyKeyAlGebruiktException();
            }
            if (status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN) {
                log.error("{} refused the portal's token ({}): check portal.midoffice.client-id and secret",
                        description, e.getStatusCode().value());
            } else {
                log.warn("{} failed with HTTP {}", description, e.getStatusCode().value());
            }
            throw new MidofficeNietBeschikbaarException(description + " failed with HTTP " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            log.warn("{} failed: {}", description, e.getClass().getSimpleName());
            throw new MidofficeNietBeschikbaarException(description + " failed", e);
        }
    }

    private static Probleem probleemUit(RestClientResponseException e) {
        try {
            Probleem probleem = e.getResponseBodyAs(Probleem.class);
            if (probleem != null) {
                return probleem;
            }
        } catch (RuntimeException unreadable) {
            log.warn("Mid-office 400 without a readable problem body: {}", unreadable.getClass().getSimpleName());
        }
        return new Probleem(null, null, 400, null, List.of());
    }
}
