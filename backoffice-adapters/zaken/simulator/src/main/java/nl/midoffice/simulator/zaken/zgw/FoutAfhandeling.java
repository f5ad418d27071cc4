package nl.midoffice.simulator.zaken.zgw;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of a ZGW API controller leaves as ZGW {@code Fout} in {@code application/problem+json}. */
@RestControllerAdvice(annotations = ZgwApi.class)
class FoutAfhandeling {

    private static final Logger LOG = LoggerFactory.getLogger(FoutAfhandeling.class);

    private final BasisUrl basisUrl;

    FoutAfhandeling(BasisUrl basisUrl) {
        this.basisUrl = basisUrl;
    }

    @ExceptionHandler(ZgwFout.class)
    ResponseEntity<Fout> zgw(ZgwFout fout) {
        return antwoord(fout);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Fout> onleesbaar(HttpMessageNotReadableException e) {
        return antwoord(new ZgwFout(HttpStatus.BAD_REQUEST, "ParseError", "parse_error", "Malformed request.",
                "JSON parse error - de body is geen geldige JSON", null));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Fout> mediaType(HttpMediaTypeNotSupportedException e) {
        return antwoord(new ZgwFout(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType", "unsupported_media_type",
                "Niet-ondersteund media type in verzoek.",
                "Ongeldige media type \"" + e.getContentType() + "\" in aanvraag.", null));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Fout> methode(HttpRequestMethodNotSupportedException e) {
        return antwoord(new ZgwFout(HttpStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed", "method_not_allowed",
                "Methode niet toegestaan.", "Methode \"" + e.getMethod() + "\" niet toegestaan.", null));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Fout> onverwacht(RuntimeException e) {
        LOG.error("Onverwachte fout in de ZGW API", e);
        return antwoord(new ZgwFout(HttpStatus.INTERNAL_SERVER_ERROR, "APIException", "error",
                "Er is een serverfout opgetreden.", "Interne fout in het zaaksysteem", null));
    }

    private ResponseEntity<Fout> antwoord(ZgwFout fout) {
        return ResponseEntity.status(fout.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(fout.alsFout(basisUrl.huidig()));
    }
}
