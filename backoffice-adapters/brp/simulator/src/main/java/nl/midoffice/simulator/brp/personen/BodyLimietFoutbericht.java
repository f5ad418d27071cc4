package nl.midoffice.simulator.brp.personen;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.web.limiet.BodyLimietProbleem;

/**
 * The body limit (module body-limit, in front of everything) refuses a BRP API call as the BRP API does: a
 * {@link Foutbericht} with {@code payloadTooLarge} or {@code paramsValidation}. The control API and the page keep the
 * plain problem.
 */
@Component
class BodyLimietFoutbericht implements BodyLimietProbleem {

    private final JsonMapper json;
    private final int maxBytes;

    BodyLimietFoutbericht(JsonMapper json, @Value("${server.tomcat.max-http-form-post-size}") DataSize limiet) {
        this.json = json;
        this.maxBytes = Math.toIntExact(limiet.toBytes());
    }

    @Override
    public String json(HttpServletRequest request, HttpStatus status, String detail) {
        if (!request.getRequestURI().startsWith(PersonenController.PAD)) {
            return STANDAARD.json(request, status, detail);
        }
        return json.writeValueAsString(status == HttpStatus.CONTENT_TOO_LARGE ? Foutbericht.teGroot(maxBytes)
                : Foutbericht.onleesbaar(detail));
    }
}
