package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write endpoint, through the gateway, as the admin (so that only the body is at fault): malformed JSON, the
 * wrong JSON shape, wrong types and an oversize body each get a 4xx problem+json — never a 5xx.
 */
class BadInputIT {
    private static final String ID = UUID.randomUUID().toString();
    private static final List<String> WRITES = List.of(
            "POST /api/v1/leads",
            "PATCH /api/v1/leads/" + ID,
            "POST /api/v1/leads/" + ID + "/status",
            "POST /api/v1/leads/" + ID + "/interactions",
            "POST /api/v1/leads/" + ID + "/convert",
            "POST /api/v1/leads/" + ID + "/assign",
            "PUT /api/v1/scoring-model",
            "PUT /api/v1/assignment-rules",
            "POST /api/v1/web-forms/leads",
            "POST /api/v1/lead-imports",
            "POST /api/v1/contacts",
            "PATCH /api/v1/contacts/" + ID,
            "POST /api/v1/contacts/" + ID + "/interactions",
            "POST /api/v1/contacts/" + ID + "/tasks",
            "PUT /api/v1/contacts/" + ID + "/tasks/" + ID + "/status",
            "POST /api/v1/contacts/" + ID + "/consents",
            "POST /api/v1/contacts/" + ID + "/merge",
            "POST /api/v1/contacts/" + ID + "/owner",
            "POST /api/v1/accounts",
            "PATCH /api/v1/accounts/" + ID,
            "POST /api/v1/accounts/" + ID + "/merge",
            "POST /api/v1/imports/contacts",
            "POST /api/v1/purchases");

    private static final List<String[]> BODIES = List.of(
            new String[] {"malformed JSON", "{\"name\": \"unterminated"},
            new String[] {"an array for an object", "[1, 2, 3]"},
            new String[] {
                "wrong types",
                "{\"name\": 42, \"region\": [\"x\"], \"companySize\": \"big\", \"status\": 7, \"givenName\": {},"
                        + " \"emails\": \"not-a-list\", \"rules\": \"none\", \"mergeId\": 5}"
            },
            new String[] {"an oversize body", "{\"notes\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}"});

    @TestFactory
    Stream<DynamicTest> everyWriteEndpointAnswersBadBodiesWithA4xxProblem() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String write : WRITES) {
            for (String[] body : BODIES) {
                tests.add(DynamicTest.dynamicTest(write + " with " + body[0], () -> assertRefused(write, body)));
            }
        }
        return tests.stream();
    }

    private static void assertRefused(String write, String[] body) {
        String method = write.substring(0, write.indexOf(' '));
        String path = write.substring(write.indexOf(' ') + 1);
        boolean imports = path.contains("imports");
        if (imports && body[0].equals("an oversize body")) {
            return; // imports accept up to 32 MiB (CRM_GATEWAY_IMPORT_MAX_BODY); their limit is covered by the IT
        }
        if (imports && body[0].equals("an array for an object")) {
            return; // a JSON array is an import's shape: its rows are rejected one by one in the job (ImportIT)
        }
        String contentType = method.equals("PATCH") ? "application/merge-patch+json" : "application/json";
        Response response = Api.as("admin")
                .contentType(contentType)
                .header("If-Match", "\"0\"")
                .body(body[1])
                .request(method, path);
        int status = response.statusCode();
        assertTrue(
                status >= 400 && status < 500,
                () -> write + " with " + body[0] + " -> " + status + " "
                        + response.asString()
                                .substring(0, Math.min(300, response.asString().length())));
        assertEquals(
                "application/problem+json",
                response.contentType().split(";")[0],
                () -> write + " with " + body[0] + ": " + response.asString());
        if (body[0].equals("an oversize body")) {
            assertEquals(413, status, write);
        }
    }
}
