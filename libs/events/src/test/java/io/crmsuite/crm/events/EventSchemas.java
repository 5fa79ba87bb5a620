package io.crmsuite.crm.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The JSON Schemas in api-specs/asyncapi/schemas, loaded by their $id with format assertions on. */
final class EventSchemas {

    static final Path ASYNCAPI_DIR =
            Path.of("../../api-specs/asyncapi").toAbsolutePath().normalize();
    static final Path SCHEMA_DIR = ASYNCAPI_DIR.resolve("schemas");
    static final String BASE_ID = "https://crmsuite.io/api-specs/asyncapi/schemas/";
    static final String COMMON = "common.json";
    static final ObjectMapper JSON = EventJson.newObjectMapper();

    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix(BASE_ID, SCHEMA_DIR.toUri().toString())));

    private EventSchemas() {}

    static JsonSchema forType(String type) {
        return FACTORY.getSchema(SchemaLocation.of(BASE_ID + type + ".json"), CONFIG);
    }

    static JsonSchema metaSchema() {
        return FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
    }

    static Set<ValidationMessage> validate(String type, JsonNode json) {
        return forType(type).validate(json);
    }

    static JsonNode toJson(EventPayload event) {
        try {
            // through text, as on the wire
            return JSON.readTree(JSON.writeValueAsString(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode schemaNode(String type) {
        return read(SCHEMA_DIR.resolve(type + ".json"));
    }

    /** Event schema files, without common.json. */
    static List<Path> eventSchemaFiles() {
        try (Stream<Path> files = Files.list(SCHEMA_DIR)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals(COMMON))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String typeOfFile(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }
}
