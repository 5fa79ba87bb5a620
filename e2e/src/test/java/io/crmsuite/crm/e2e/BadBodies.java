package io.crmsuite.crm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmsuite.crm.testkit.openapi.ApiDocuments;
import io.crmsuite.crm.testkit.openapi.ApiOperation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The bad bodies for one write operation, derived from its document: malformed JSON, the wrong shape (an array where
 * the schema wants an object, an object where it wants an array), wrong types (every property of the schema with a
 * value of another JSON type, so that the services' lenient mapping cannot ignore them) and a body over the route's
 * limit. An operation that takes no body gets only the oversize body (anything else would be a valid call).
 */
final class BadBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Above the 1 MiB every ordinary route accepts. */
    static final int OVERSIZE = 2 * 1024 * 1024;
    /** Above the 32 MiB of the bulk routes (CRM_GATEWAY_IMPORT_MAX_BODY). */
    static final int BULK_OVERSIZE = 32 * 1024 * 1024 + 1024;

    /** One bad body; {@code expected} is the exact status when one is promised (413), else any 4xx. */
    record Bad(String name, String mediaType, String body, Integer expected) {}

    private BadBodies() {}

    static List<Bad> of(ApiOperation operation, ApiDocuments documents) {
        String mediaType = ValidBodies.mediaType(operation);
        List<Bad> bad = new ArrayList<>();
        if (!operation.hasBody()) {
            bad.add(new Bad("an oversize body", mediaType, oversize(OVERSIZE), 413));
            return bad;
        }
        JsonNode schema = resolve(
                operation
                        .node()
                        .path("requestBody")
                        .path("content")
                        .path(mediaType)
                        .path("schema"),
                documents);
        boolean array = "array".equals(schema.path("type").asText());
        bad.add(new Bad("malformed JSON", mediaType, "{\"name\": \"unterminated", null));
        bad.add(new Bad(
                array ? "an object for an array" : "an array for an object",
                mediaType,
                array ? "{\"rows\": 1}" : "[1, 2, 3]",
                null));
        if (!array) {
            bad.add(new Bad(
                    "wrong types", mediaType, wrongTypes(schema, documents).toString(), null));
        }
        bad.add(new Bad(
                "an oversize body", mediaType, oversize(bulk(operation, array) ? BULK_OVERSIZE : OVERSIZE), 413));
        return bad;
    }

    /** Bulk operations (CSV or an array of rows) have the large limit of the import routes. */
    private static boolean bulk(ApiOperation operation, boolean array) {
        return array || operation.bodyMediaTypes().contains("text/csv");
    }

    /** Every property of {@code schema} with a value of another JSON type than it declares. */
    static ObjectNode wrongTypes(JsonNode schema, ApiDocuments documents) {
        ObjectNode body = JSON.createObjectNode();
        for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext(); ) {
            String property = it.next();
            JsonNode declared = resolve(schema.path("properties").path(property), documents);
            String type =
                    declared.has("enum") ? "string" : declared.path("type").asText("object");
            switch (type) {
                case "string" -> body.putObject(property).put("not", "a string");
                case "integer", "number" -> body.put(property, "not a number");
                case "boolean" -> body.put(property, "not a boolean");
                case "array" -> body.put(property, "not a list");
                default -> body.put(property, 7);
            }
        }
        if (body.isEmpty()) {
            throw new IllegalStateException("a body schema without properties: " + schema);
        }
        return body;
    }

    /** The schema a {@code $ref} names (across the documents, as the gateway merges them). */
    static JsonNode resolve(JsonNode schema, ApiDocuments documents) {
        JsonNode current = schema;
        for (int depth = 0; depth < 8 && current.has("$ref"); depth++) {
            String ref = current.path("$ref").asText();
            current = documents.schema(ref.substring(ref.lastIndexOf('/') + 1));
            if (current == null) {
                throw new IllegalStateException("unresolvable " + ref);
            }
        }
        return current;
    }

    private static String oversize(int bytes) {
        StringBuilder body = new StringBuilder(bytes + 16).append("{\"notes\": \"");
        body.repeat('x', bytes);
        return body.append("\"}").toString();
    }
}
