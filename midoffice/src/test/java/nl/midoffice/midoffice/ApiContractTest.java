package nl.midoffice.midoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.report.ValidationReport;

/** The check of {@link ApiContract} can fail: answers that break the document are refused, a good one is not. */
class ApiContractTest {

    private static final String ONTVANGST = """
            {"id": "3f0c6a1e-8d7b-4c62-9a55-2b1f4e7d9c10", "referentie": "MO-2026-000042", "status": "ONTVANGEN"}""";
    private static final Map<String, List<String>> HEADERS = Map.of(
            "Location", List.of("/api/v1/aanvragen/3f0c6a1e-8d7b-4c62-9a55-2b1f4e7d9c10"),
            "API-Version", List.of("1.0.0"),
            "X-Correlation-ID", List.of("7c1e2f4a-5b6d-4e8f-9a0b-1c2d3e4f5a6b"));

    @Test
    void anAnswerAsTheDocumentDescribesItPasses() {
        assertThat(fouten(rapport(202, "application/json", HEADERS, ONTVANGST))).isEmpty();
    }

    @Test
    void aBodyWithoutARequiredPropertyIsRefused() {
        String zonderReferentie = ONTVANGST.replace("\"referentie\": \"MO-2026-000042\", ", "");

        assertThat(fouten(rapport(202, "application/json", HEADERS, zonderReferentie)))
                .contains("validation.response.body.schema.required");
    }

    @Test
    void aStatusTheDocumentDoesNotListIsRefused() {
        assertThat(fouten(rapport(418, "application/json", HEADERS, ONTVANGST)))
                .contains("validation.response.status.unknown");
    }

    @Test
    void anAnswerWithoutItsRequiredHeaderIsRefused() {
        Map<String, List<String>> zonderVersie = Map.of("Location", HEADERS.get("Location"),
                "X-Correlation-ID", HEADERS.get("X-Correlation-ID"));

        assertThat(fouten(rapport(202, "application/json", zonderVersie, ONTVANGST)))
                .contains("validation.response.header.missing");
    }

    @Test
    void pathsOutsideTheDocumentAreNotJudged() {
        assertThat(fouten(ApiContract.rapport("GET", "/api/v1/beheer/dead-letters", 200, "application/json",
                Map.of(), "[]"))).isEmpty();
    }

    private static ValidationReport rapport(int status, String contentType, Map<String, List<String>> headers,
                                            String body) {
        return ApiContract.rapport("POST", "/api/v1/aanvragen", status, contentType, headers, body);
    }

    private static String fouten(ValidationReport rapport) {
        return ApiContract.fouten(rapport);
    }
}
