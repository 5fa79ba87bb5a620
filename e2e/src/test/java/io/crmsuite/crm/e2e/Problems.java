package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.testkit.openapi.ApiDocuments;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** An error answer as the documents promise it: the RFC 9457 Problem of api-specs/openapi, as problem+json. */
final class Problems {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile JsonNode schema;

    private Problems() {}

    /** {@code response} is a problem+json {@code Problem} (required members, the status it was sent with). */
    static void assertProblem(Response response, Supplier<String> where) {
        String contentType = response.contentType() == null ? "" : response.contentType();
        assertEquals("application/problem+json", contentType.split(";")[0], () -> where.get() + ": not a problem");
        JsonNode problem;
        try {
            problem = JSON.readTree(response.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(where.get() + ": the problem is not JSON", e);
        }
        for (JsonNode required : schema().path("required")) {
            assertTrue(
                    problem.hasNonNull(required.asText()), () -> where.get() + ": no " + required + " in " + problem);
        }
        assertEquals(response.statusCode(), problem.path("status").asInt(), () -> where.get() + ": status member");
        assertTrue(problem.path("type").asText().startsWith("urn:crm:problem:"), () -> where.get() + ": type");
        assertFalse(problem.path("requestId").asText().isBlank(), () -> where.get() + ": no requestId");
        problem.fieldNames().forEachRemaining(member -> {
            JsonNode declared = schema().path("properties").path(member);
            if (!declared.isMissingNode() && declared.has("type")) {
                String type = declared.path("type").asText();
                JsonNode value = problem.get(member);
                boolean matches =
                        switch (type) {
                            case "string" -> value.isTextual();
                            case "integer" -> value.isIntegralNumber();
                            case "array" -> value.isArray();
                            default -> true;
                        };
                assertTrue(matches, () -> where.get() + ": member " + member + " is not a " + type);
            }
        });
    }

    private static JsonNode schema() {
        if (schema == null) {
            schema = ApiDocuments.checkedIn().schema("Problem");
        }
        return schema;
    }
}
