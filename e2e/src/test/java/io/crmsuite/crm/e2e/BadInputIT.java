package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.testkit.openapi.ApiDocuments;
import io.crmsuite.crm.testkit.openapi.ApiOperation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write operation (POST, PUT, PATCH, DELETE) of api-specs/openapi, through the gateway, as the admin (so that
 * only the body is at fault), on records created for the run and on unknown ids: malformed JSON, the wrong shape,
 * wrong types and an oversize body ({@link BadBodies}) each get a 4xx problem+json — never a 5xx — and the oversize
 * body a 413. A new write operation is swept the day its document declares it.
 */
class BadInputIT {

    @TestFactory
    Stream<DynamicTest> everyWriteOperationAnswersBadBodiesWithA4xxProblem() {
        ApiDocuments documents = ApiDocuments.checkedIn();
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperation operation : documents.operations()) {
            if (!operation.isWrite()) {
                continue;
            }
            boolean hasIds = !operation.parameters("path").isEmpty();
            for (boolean realIds : hasIds ? List.of(true, false) : List.of(true)) {
                for (BadBodies.Bad bad : BadBodies.of(operation, documents)) {
                    String name =
                            operation.key() + (hasIds ? (realIds ? " on records of the run" : " on unknown ids") : "")
                                    + " with " + bad.name();
                    tests.add(DynamicTest.dynamicTest(name, () -> assertRefused(operation, realIds, bad, name)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "the documents declare write operations");
        return tests.stream();
    }

    private static void assertRefused(ApiOperation operation, boolean realIds, BadBodies.Bad bad, String name) {
        String path = Fixtures.path(operation.path(), realIds, false);
        RequestSpecification request =
                Api.as("admin").contentType(bad.mediaType()).body(bad.body());
        if (operation.hasParameter("header", "If-Match")) {
            // the record's current version, so that a precondition never answers in the body's place
            request = request.header("If-Match", realIds ? RbacMatrixIT.currentETag(record(operation, path)) : "\"1\"");
        }
        Response response = request.request(operation.method(), path);
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, () -> name + " -> " + status + " " + excerpt(response));
        if (bad.expected() != null) {
            assertEquals(bad.expected().intValue(), status, () -> name + ": " + excerpt(response));
        }
        Problems.assertProblem(response, () -> name);
    }

    /** The path of the record the operation works on: up to its last path parameter ({@code /api/v1/leads/{id}}). */
    static String record(ApiOperation operation, String path) {
        String[] template = operation.path().split("/");
        int last = template.length - 1;
        while (last > 0 && !template[last].startsWith("{")) {
            last--;
        }
        return String.join("/", java.util.Arrays.copyOf(path.split("/"), last + 1));
    }

    private static String excerpt(Response response) {
        String body = response.asString();
        return body.substring(0, Math.min(300, body.length()));
    }
}
