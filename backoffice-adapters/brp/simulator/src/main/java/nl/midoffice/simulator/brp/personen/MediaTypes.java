package nl.midoffice.simulator.brp.personen;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

/**
 * The BRP API's media type rules: requests are {@code application/json} in UTF-8 (an absent or empty
 * Content-Type counts as that), answers are {@code application/json; charset=utf-8}, and an Accept
 * header that rules that out gets a 406.
 */
final class MediaTypes {

    private MediaTypes() {
    }

    static boolean isJsonUtf8OfLeeg(String contentType) {
        if (!StringUtils.hasText(contentType)) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equalsIgnoreCase("application") && type.getSubtype().equalsIgnoreCase("json")
                    && isUtf8OfZonder(type);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static boolean aanvaardtJson(String accept) {
        if (!StringUtils.hasText(accept)) {
            return true;
        }
        try {
            List<MediaType> typen = MediaType.parseMediaTypes(accept);
            return typen.stream().anyMatch(t -> t.includes(MediaType.APPLICATION_JSON) && t.getQualityValue() > 0
                    && isUtf8OfZonder(t));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean isUtf8OfZonder(MediaType type) {
        String charset = type.getParameter("charset");
        return charset == null || charset.replace("\"", "").equalsIgnoreCase(StandardCharsets.UTF_8.name());
    }
}
