package nl.midoffice.simulator.zaken.zgw;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON request body only after the checks that come first in Open Zaak (authentication,
 * CRS headers), which is why controllers take the body as text.
 */
@Component
public class JsonVerzoek {

    private final JsonMapper json;

    JsonVerzoek(JsonMapper json) {
        this.json = json;
    }

    /** @throws ZgwFout 415 for another content type, 400 {@code parse_error} for malformed JSON */
    public JsonNode lees(String contentType, String body) {
        if (!isJson(contentType)) {
            throw new ZgwFout(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType", "unsupported_media_type",
                    "Niet-ondersteund media type in verzoek.",
                    "Ongeldige media type \"" + contentType + "\" in aanvraag.", null);
        }
        try {
            return json.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw new ZgwFout(HttpStatus.BAD_REQUEST, "ParseError", "parse_error", "Malformed request.",
                    "JSON parse error - de body is geen geldige JSON", null);
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
