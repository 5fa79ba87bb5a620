package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.crmsuite.crm.testkit.openapi.ApiDocuments;
import io.crmsuite.crm.testkit.openapi.ApiOperation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cell of e2e/RBAC.md: the column's demo user calls the row's operation through the gateway, on the row's
 * record (see {@link Fixtures}), with a valid body ({@link ValidBodies}), and gets the cell's status; every refusal is
 * a problem. {@link RbacCoverageTest} makes sure every operation of the documents has a row.
 */
class RbacMatrixIT {

    @TestFactory
    Stream<DynamicTest> everyRoleOnEveryOperation() {
        Map<String, ApiOperation> operations = ApiDocuments.checkedIn().operations().stream()
                .collect(Collectors.toMap(
                        op -> op.method() + " " + RbacTable.placeholdersErased(op.path()), Function.identity()));
        RbacTable table = RbacTable.read();
        List<DynamicTest> tests = new ArrayList<>();
        for (RbacTable.Row row : table.rows()) {
            ApiOperation operation = operations.get(row.operation());
            for (String user : table.users()) {
                int expected = row.expected().get(user);
                tests.add(DynamicTest.dynamicTest(
                        row.method() + " " + row.path() + " as " + user + " -> " + expected,
                        () -> assertCell(row, operation, user, expected)));
            }
        }
        assertFalse(tests.isEmpty(), "RBAC.md holds the matrix");
        return tests.stream();
    }

    private static void assertCell(RbacTable.Row row, ApiOperation operation, String user, int expected) {
        String path = Fixtures.resolve(row.path());
        RequestSpecification request = Api.as(user);
        Object body = ValidBodies.of(operation);
        if (body != null) {
            request = request.contentType(ValidBodies.mediaType(operation))
                    .body(body instanceof com.fasterxml.jackson.databind.JsonNode json ? json.toString() : body);
        }
        if (operation.statuses().contains("428")) {
            request = request.header("If-Match", currentETag(path));
        }
        Response response = request.request(row.method(), path);
        assertEquals(
                expected,
                response.statusCode(),
                () -> row.method() + " " + path + " as " + user + ": " + response.asString());
        if (expected >= 400) {
            Problems.assertProblem(response, () -> row.method() + " " + path + " as " + user);
        }
    }

    /** The record's ETag as it is now (operations that require If-Match: only the role is at fault). */
    static String currentETag(String path) {
        String etag = Api.as("admin").get(path).header("ETag");
        return etag == null ? "\"0\"" : etag;
    }
}
