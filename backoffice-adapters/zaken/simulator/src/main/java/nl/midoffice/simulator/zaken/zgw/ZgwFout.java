package nl.midoffice.simulator.zaken.zgw;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;

/** An answer in the ZGW error format; thrown anywhere in the API and written by {@link FoutAfhandeling}. */
public class ZgwFout extends RuntimeException {

    private final HttpStatus status;
    private final String typeNaam;
    private final String code;
    private final String titel;
    private final String detail;
    private final List<InvalidParam> invalidParams;

    public ZgwFout(HttpStatus status, String typeNaam, String code, String titel, String detail,
                   List<InvalidParam> invalidParams) {
        super(code + ": " + detail);
        this.status = status;
        this.typeNaam = typeNaam;
        this.code = code;
        this.titel = titel;
        this.detail = detail;
        this.invalidParams = invalidParams == null ? null : List.copyOf(invalidParams);
    }

    /** 400 with field errors, as DRF's ValidationError in Open Zaak. */
    public static ZgwFout validatie(List<InvalidParam> invalidParams) {
        return new ZgwFout(HttpStatus.BAD_REQUEST, "ValidationError", "invalid", "Invalid input.", "", invalidParams);
    }

    public static ZgwFout validatie(String veld, String code, String reden) {
        return validatie(List.of(new InvalidParam(veld, code, reden)));
    }

    public static ZgwFout nietGeauthenticeerd(String detail) {
        return new ZgwFout(HttpStatus.UNAUTHORIZED, "NotAuthenticated", "not_authenticated",
                "Authenticatiegegevens zijn niet opgegeven.", detail, null);
    }

    public static ZgwFout geenToestemming(String detail) {
        return new ZgwFout(HttpStatus.FORBIDDEN, "PermissionDenied", "permission_denied",
                "Je hebt geen toestemming om deze actie uit te voeren.", detail, null);
    }

    public static ZgwFout nietGevonden() {
        return new ZgwFout(HttpStatus.NOT_FOUND, "NotFound", "not_found", "Niet gevonden.", "Niet gevonden.", null);
    }

    public static ZgwFout voorwaardeNietVoldaan(String code, String detail) {
        return new ZgwFout(HttpStatus.PRECONDITION_FAILED, "PreconditionFailed", code,
                "Voorwaarde niet voldaan.", detail, null);
    }

    /**
     * The same error with this detail when it has none: Open Zaak leaves the detail of a validation error empty,
     * the Notificaties API's {@code ValidatieFout} requires at least one character.
     */
    public ZgwFout metDetail(String tekst) {
        return detail == null || detail.isEmpty()
                ? new ZgwFout(status, typeNaam, code, titel, tekst, invalidParams) : this;
    }

    public HttpStatus status() {
        return status;
    }

    /** The body; {@code type} points to the error's documentation under the API's own host, as in Open Zaak. */
    public Fout alsFout(String basisUrl) {
        return new Fout(basisUrl + "/ref/fouten/" + typeNaam + "/", code, titel, status.value(), detail,
                "urn:uuid:" + UUID.randomUUID(), invalidParams);
    }
}
