package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmsuite.crm.testkit.openapi.ApiDocuments;
import io.crmsuite.crm.testkit.openapi.ApiOperation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Strict input on every operation of api-specs/openapi, through the gateway, as the admin: a JSON body with an unknown
 * field or with the NUL character in any of its strings, a query parameter the operation does not declare, and
 * {@code %00} in any query parameter it declares are each a 400 problem naming the field — never accepted, never a
 * 5xx (issue 14). Derived from the documents, so a new operation is swept the day it is declared.
 */
class StrictInputIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesUnknownAndBrokenInputNamingIt() {
        ApiDocuments documents = ApiDocuments.checkedIn();
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperation operation : documents.operations()) {
            if (operation.isPublic()) {
                continue; // the public web form has its own rules (issue 14: a lead is never lost over its input)
            }
            tests.add(DynamicTest.dynamicTest(
                    operation.key() + " with an undeclared query parameter",
                    () -> assertNamed(operation, request(operation).queryParam("undeclared$", "1"), "undeclared$")));
            for (JsonNode parameter : operation.parameters("query")) {
                String name = parameter.path("name").asText();
                tests.add(DynamicTest.dynamicTest(
                        operation.key() + " with %00 in ?" + name,
                        () -> assertNamed(
                                operation,
                                request(operation).urlEncodingEnabled(false).queryParam(name, "a%00b"),
                                name)));
            }
            if (operation.isWrite() && jsonObjectBody(operation)) {
                tests.add(DynamicTest.dynamicTest(operation.key() + " with an unknown body field", () -> {
                    ObjectNode body = validBody(operation);
                    body.put("unknownField$", 1);
                    assertNamed(operation, request(operation).body(body.toString()), "unknownField$");
                }));
                ObjectNode sample = validBody(operation);
                for (Iterator<String> it = sample.fieldNames(); it.hasNext(); ) {
                    String field = it.next();
                    if (!sample.get(field).isTextual()) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(operation.key() + " with NUL in the body's " + field, () -> {
                        ObjectNode body = validBody(operation);
                        body.put(field, body.get(field).asText() + "\u0000");
                        assertNamed(operation, request(operation).body(body.toString()), field);
                    }));
                }
            }
        }
        assertFalse(tests.isEmpty(), "the documents declare operations");
        return tests.stream();
    }

    private static boolean jsonObjectBody(ApiOperation operation) {
        return operation.hasBody()
                && operation.bodyMediaTypes().stream().anyMatch(type -> type.contains("json"))
                && ValidBodies.of(operation) != null
                && JSON.valueToTree(ValidBodies.of(operation)) instanceof ObjectNode;
    }

    private static ObjectNode validBody(ApiOperation operation) {
        return (ObjectNode) JSON.valueToTree(ValidBodies.of(operation));
    }

    private static RequestSpecification request(ApiOperation operation) {
        return Api.as("admin").contentType(ValidBodies.mediaType(operation));
    }

    private static void assertNamed(ApiOperation operation, RequestSpecification request, String field) {
        String path = Fixtures.path(operation.path(), true, false);
        if (operation.hasParameter("header", "If-Match")) {
            // the record's current version, so that a precondition never answers in the input's place
            request = request.header("If-Match", RbacMatrixIT.currentETag(BadInputIT.record(operation, path)));
        }
        Response response = request.request(operation.method(), path);
        String name = operation.key() + " (" + field + ")";
        assertEquals(400, response.statusCode(), () -> name + ": " + excerpt(response));
        Problems.assertProblem(response, () -> name);
        List<String> fields = response.jsonPath().getList("errors.field");
        assertTrue(
                fields != null && fields.contains(field), () -> name + " names " + fields + ": " + excerpt(response));
    }

    private static String excerpt(Response response) {
        String body = response.asString();
        return body.substring(0, Math.min(300, body.length()));
    }
}
