package nl.midoffice.midoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.midoffice.notificatie.NotificatieProperties;
import nl.midoffice.midoffice.notificatie.StatusCloudEvents;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published OpenAPI document ({@code /api/v1/openapi.json}) is written by hand, contract first; these checks
 * keep it an OpenAPI 3 document that follows the NL API Design Rules we rely on and that cannot drift from the
 * code where the code has the single source (status values, API version). The full ADR lint is Spectral's job
 * (see the README).
 */
class OpenApiDocumentTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static JsonNode document;

    @BeforeAll
    static void leesDocument() throws Exception {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/static/api/v1/openapi.json")) {
            assertThat(in).as("/static/api/v1/openapi.json on the classpath").isNotNull();
            document = JsonMapper.builder().build().readTree(in);
        }
    }

    @Test
    void isAnOpenApi3DocumentWithVersionAndContact() {
        assertThat(document.path("openapi").asString()).startsWith("3.");
        JsonNode info = document.path("info");
        assertThat(info.path("version").asString()).isEqualTo(CorrelationIdFilter.API_VERSION);
        JsonNode contact = info.path("contact");
        assertThat(contact.isObject()).as("info.contact").isTrue();
        for (String veld : List.of("name", "url", "email")) {
            assertThat(contact.path(veld).asString()).as("info.contact." + veld).isNotBlank();
        }
        assertThat(document.path("servers").get(0).path("url").asString()).isEqualTo("/api/v1");
    }

    @Test
    void documentsTheOperationsOfTheAanvraagAndGebeurtenissenControllers() {
        assertThat(operaties()).extracting(Operatie::naam).containsExactlyInAnyOrder(
                "POST /aanvragen", "GET /aanvragen", "GET /aanvragen/{id}", "GET /aanvragen/gebeurtenissen",
                "GET /persoonsgegevens", "GET /verwerkingen");
    }

    @Test
    void theStatusStreamIsServerSentEventsOfCloudEventsWithTheTypeOfTheCode() {
        JsonNode ok = resolve(operatie("GET /aanvragen/gebeurtenissen").node().path("responses").path("200"));
        assertThat(ok.path("content").has("text/event-stream")).isTrue();
        JsonNode cloudEvent = document.path("components").path("schemas").path("StatusGewijzigdCloudEvent");
        assertThat(cloudEvent.path("required")).extracting(JsonNode::asString)
                .contains("specversion", "id", "source", "type", "subject", "time", "datacontenttype");
        assertThat(cloudEvent.path("properties").path("type").path("enum").get(0).asString())
                .isEqualTo(StatusCloudEvents.TYPE);
        assertThat(cloudEvent.path("properties").path("source").path("example").asString())
                .isEqualTo(StatusCloudEvents.source(NotificatieProperties.DEMO_OIN));
        assertThat(ok.path("content").path("text/event-stream").path("example").asString())
                .contains("event:status-gewijzigd", StatusCloudEvents.TYPE);
    }

    @Test
    void everyResponseDeclaresTheApiVersionHeader() {
        for (Operatie operatie : operaties()) {
            for (Map.Entry<String, JsonNode> antwoord : antwoorden(operatie)) {
                JsonNode header = resolve(antwoord.getValue().path("headers").path("API-Version"));
                assertThat(header.isObject()).as(operatie.naam() + " " + antwoord.getKey() + " API-Version").isTrue();
                assertThat(resolve(header.path("schema")).path("example").asString())
                        .isEqualTo(CorrelationIdFilter.API_VERSION);
            }
        }
    }

    @Test
    void everyErrorIsAProblemWithTitleStatusAndDetail() {
        for (Operatie operatie : operaties()) {
            List<String> fouten = new ArrayList<>();
            for (Map.Entry<String, JsonNode> antwoord : antwoorden(operatie)) {
                if (antwoord.getKey().startsWith("4") || antwoord.getKey().startsWith("5")) {
                    fouten.add(antwoord.getKey());
                    JsonNode schema = resolve(antwoord.getValue().path("content").path("application/problem+json")
                            .path("schema"));
                    assertThat(schema.path("properties").has("status")
                            && schema.path("properties").has("title") && schema.path("properties").has("detail"))
                            .as(operatie.naam() + " " + antwoord.getKey() + " is application/problem+json").isTrue();
                }
            }
            assertThat(fouten).as(operatie.naam()).contains("401", "403", "500");
        }
    }

    @Test
    void operationsThatTakeInputAnswer400AndAnAanvraagThatIsNotThereAnswers404() {
        assertThat(antwoordcodes(operatie("POST /aanvragen"))).contains("400", "415", "422");
        assertThat(antwoordcodes(operatie("GET /aanvragen/{id}"))).contains("400", "404");
    }

    @Test
    void statusValuesAreThoseOfTheCode() {
        List<String> uitDocument = new ArrayList<>();
        document.path("components").path("schemas").path("AanvraagStatus").path("enum")
                .forEach(waarde -> uitDocument.add(waarde.asString()));
        assertThat(uitDocument).containsExactlyElementsOf(
                Arrays.stream(AanvraagStatus.values()).map(Enum::name).toList());
    }

    private record Operatie(String methode, String pad, JsonNode node) {
        String naam() {
            return methode.toUpperCase() + " " + pad;
        }
    }

    private static List<Operatie> operaties() {
        List<Operatie> operaties = new ArrayList<>();
        for (Map.Entry<String, JsonNode> pad : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> item : pad.getValue().properties()) {
                if (HTTP_METHODS.contains(item.getKey())) {
                    operaties.add(new Operatie(item.getKey(), pad.getKey(), item.getValue()));
                }
            }
        }
        return operaties;
    }

    private static Operatie operatie(String naam) {
        return operaties().stream().filter(o -> o.naam().equals(naam)).findFirst().orElseThrow();
    }

    private static List<Map.Entry<String, JsonNode>> antwoorden(Operatie operatie) {
        List<Map.Entry<String, JsonNode>> antwoorden = new ArrayList<>();
        for (Map.Entry<String, JsonNode> antwoord : operatie.node().path("responses").properties()) {
            antwoorden.add(Map.entry(antwoord.getKey(), resolve(antwoord.getValue())));
        }
        assertThat(antwoorden).as(operatie.naam() + " responses").isNotEmpty();
        return antwoorden;
    }

    private static List<String> antwoordcodes(Operatie operatie) {
        return antwoorden(operatie).stream().map(Map.Entry::getKey).toList();
    }

    /** Follows a local {@code $ref} ({@code #/components/...}); other nodes are returned as they are. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (ref.isMissingNode()) {
            return node;
        }
        assertThat(ref.asString()).as("only local references").startsWith("#/");
        JsonNode doel = document.at(ref.asString().substring(1));
        assertThat(doel.isMissingNode()).as("reference " + ref.asString() + " resolves").isFalse();
        return resolve(doel);
    }
}
