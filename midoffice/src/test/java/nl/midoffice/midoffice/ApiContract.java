package nl.midoffice.midoffice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * The mid-office API's own OpenAPI document ({@code static/api/v1/openapi.json}, the one it serves), as a check
 * on the answers the integration tests get: for an operation the document describes, the status must be one it
 * lists, and headers and body must match what it says for that status (Atlassian swagger-request-validator).
 * Paths and methods the document does not describe (the console, beheer, callbacks, actuator) are not checked:
 * the document is the public intake API only.
 */
public final class ApiContract {

    static final String DOCUMENT = "static/api/v1/openapi.json";
    private static final String API = "/api/v1";
    /** What the document does not describe: no verdict on those answers. */
    private static final List<String> BUITEN_HET_DOCUMENT = List.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(document())
            // /aanvragen/ is not /aanvragen: a path the document does not describe
            .withStrictOperationPathMatching()
            .build();

    private ApiContract() {
    }

    /** @throws AssertionError naming every way the answer differs from the document */
    public static void controleer(HttpResponse<String> antwoord) {
        String pad = antwoord.uri().getPath();
        if (!pad.startsWith(API + "/")) {
            return;
        }
        Map<String, List<String>> headers = antwoord.headers().map();
        String contentType = antwoord.headers().firstValue("Content-Type").orElse(null);
        ValidationReport rapport = rapport(antwoord.request().method(), pad, antwoord.statusCode(), contentType,
                headers, antwoord.body());
        if (rapport.hasErrors()) {
            throw new AssertionError(antwoord.request().method() + " " + pad + " → " + antwoord.statusCode()
                    + " does not match " + DOCUMENT + ":\n" + fouten(rapport));
        }
    }

    /** The validator's verdict on one answer; messages about paths the document does not describe left out. */
    static ValidationReport rapport(String methode, String pad, int status, String contentType,
                                    Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        headers.forEach(response::withHeader);
        ValidationReport rapport = VALIDATOR.validateResponse(pad, Request.Method.valueOf(methode), response.build());
        return ValidationReport.from(rapport.getMessages().stream()
                .filter(m -> !BUITEN_HET_DOCUMENT.contains(m.getKey())).toList());
    }

    static String fouten(ValidationReport rapport) {
        return rapport.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"));
    }

    private static String document() {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
