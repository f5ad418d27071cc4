package nl.midoffice.simulator.brp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The official Haal Centraal BRP API Personen 2.7.0 OpenAPI document (the repository's specs/),
 * as JSON Schema validators (networknt, OpenAPI 3.1 dialect) and as a tree to walk.
 *
 * <p>The spec models polymorphism the OpenAPI way: an abstract schema with a {@code discriminator}
 * mapping, and subtypes that extend it with {@code allOf}. A JSON Schema validator ignores that
 * mapping (networknt only uses discriminators to pick a {@code oneOf}/{@code anyOf} branch), so a date
 * would only be checked as an AbstractDatum. Before validating, each mapping is therefore spelled out
 * in plain JSON Schema: {@code type} must be a mapped value, and {@code if type = X then $ref subtype};
 * the subtypes extend a copy of the base without the mapping, so nothing recurses.
 */
public final class OpenApiSpec {

    /** Surefire passes the absolute path; from an IDE the module directory is the working directory. */
    public static final Path PAD = Path.of(System.getProperty("brp.openapi",
            "../../../specs/brp-api-personen-2.7.0.openapi.yaml")).toAbsolutePath().normalize();

    /** The document is handed to the validator under this id, so nothing is ever fetched from a network. */
    private static final String ID = "https://specs.midoffice.test/brp-api-personen-2.7.0.openapi.json";
    private static JsonNode document;
    private static SchemaRegistry registry;

    private OpenApiSpec() {
    }

    /** A schema from {@code #/components/schemas/<naam>}, with every $ref resolved inside the document. */
    public static synchronized Schema schema(String naam) {
        if (registry == null) {
            String json = metUitgeschrevenDiscriminatoren(document()).toString();
            registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(ID, json)));
        }
        return registry.getSchema(SchemaLocation.of(ID + "#/components/schemas/" + naam));
    }

    public static List<Error> valideer(String schema, String json) {
        return schema(schema).validate(json, InputFormat.JSON);
    }

    public static synchronized JsonNode document() {
        if (document == null) {
            assertThat(PAD).as("official BRP OpenAPI document").exists();
            try {
                document = new YAMLMapper().readTree(Files.readString(PAD));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    static JsonNode metUitgeschrevenDiscriminatoren(JsonNode origineel) {
        String prefix = "#/components/schemas/";
        ObjectNode document = (ObjectNode) origineel.deepCopy();
        ObjectNode schemas = (ObjectNode) document.at("/components/schemas");
        for (String naam : List.copyOf(schemas.propertyNames())) {
            ObjectNode basis = (ObjectNode) schemas.get(naam);
            JsonNode discriminator = basis.path("discriminator");
            if (!discriminator.path("mapping").isObject()) {
                continue;
            }
            assertThat(basis.has("allOf")).as("abstract schema %s heeft zelf geen allOf", naam).isFalse();
            ObjectNode zonderMapping = basis.deepCopy();
            zonderMapping.remove("discriminator");
            schemas.set(naam + "__basis", zonderMapping);

            String eigenschap = discriminator.get("propertyName").asString();
            ArrayNode regels = basis.putArray("allOf");
            ArrayNode toegestaan = regels.addObject().putObject("properties").putObject(eigenschap).putArray("enum");
            for (Map.Entry<String, JsonNode> subtype : discriminator.get("mapping").properties()) {
                String ref = subtype.getValue().asString();
                toegestaan.add(subtype.getKey());
                ObjectNode regel = regels.addObject();
                ObjectNode als = regel.putObject("if");
                als.putObject("properties").putObject(eigenschap).put("const", subtype.getKey());
                als.putArray("required").add(eigenschap);
                regel.putObject("then").put("$ref", ref);
                for (JsonNode deel : schemas.get(ref.substring(prefix.length())).path("allOf")) {
                    if ((prefix + naam).equals(deel.path("$ref").asString(""))) {
                        ((ObjectNode) deel).put("$ref", prefix + naam + "__basis");
                    }
                }
            }
        }
        return document;
    }

    /**
     * Every property path (dot separated, arrays transparent) below a schema: through $ref, allOf and
     * every discriminator mapping, so that e.g. verblijfplaats has the properties of Adres, Locatie,
     * VerblijfplaatsBuitenland and VerblijfplaatsOnbekend.
     */
    public static Set<String> paden(String schemaNaam) {
        Set<String> paden = new TreeSet<>();
        verzamel(document().at("/components/schemas/" + schemaNaam), "", paden, new ArrayDeque<>());
        return paden;
    }

    private static void verzamel(JsonNode schema, String prefix, Set<String> paden, Deque<String> bezig) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            if (bezig.contains(ref)) {
                return;
            }
            bezig.push(ref);
            verzamel(document().at(ref.substring(1)), prefix, paden, bezig);
            bezig.pop();
            return;
        }
        if (schema.has("items")) {
            verzamel(schema.get("items"), prefix, paden, bezig);
        }
        for (JsonNode deel : schema.path("allOf")) {
            verzamel(deel, prefix, paden, bezig);
        }
        for (Map.Entry<String, JsonNode> subtype : schema.path("discriminator").path("mapping").properties()) {
            verzamel(JsonNodeFactory.instance.objectNode().put("$ref", subtype.getValue().asString()), prefix, paden, bezig);
        }
        for (Map.Entry<String, JsonNode> eigenschap : schema.path("properties").properties()) {
            String pad = prefix + eigenschap.getKey();
            paden.add(pad);
            verzamel(eigenschap.getValue(), pad + ".", paden, bezig);
        }
    }
}
