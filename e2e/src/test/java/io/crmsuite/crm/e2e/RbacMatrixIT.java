package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every cell of e2e/RBAC.md: the column's demo user calls the row's endpoint through the gateway. */
class RbacMatrixIT {
    private static String leadId;
    private static String contactId;

    @BeforeAll
    static void recordsOwnedByRepEast1() {
        leadId = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of(
                        "name", "Matrix Lead", "region", "East China", "email", Api.unique("matrix") + "@example.com"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        contactId = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of("givenName", "Matrix", "familyName", Api.unique("Contact")))
                .post("/api/v1/contacts?onDuplicate=allow")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @TestFactory
    Stream<DynamicTest> everyRoleOnEveryEndpoint() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("RBAC.md")).stream()
                .filter(line -> line.startsWith("| "))
                .toList();
        List<String> users =
                cells(lines.getFirst()).subList(1, cells(lines.getFirst()).size());
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : lines.subList(1, lines.size())) {
            List<String> cells = cells(row);
            String endpoint = cells.getFirst();
            for (int i = 0; i < users.size(); i++) {
                String user = users.get(i);
                int expected = Integer.parseInt(cells.get(i + 1));
                tests.add(DynamicTest.dynamicTest(
                        endpoint + " as " + user + " -> " + expected, () -> assertCell(endpoint, user, expected)));
            }
        }
        assertFalse(tests.isEmpty(), "RBAC.md holds the matrix");
        return tests.stream();
    }

    private static void assertCell(String endpoint, String user, int expected) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{lead}", leadId)
                .replace("{contact}", contactId)
                .replace("{random}", UUID.randomUUID().toString());
        RequestSpecification request = Api.as(user);
        Supplier<Object> body = BODIES.get(method + " " + endpoint.substring(endpoint.indexOf(' ') + 1));
        if (body != null) {
            request = request.contentType("application/json").body(body.get());
        }
        Response response = request.request(method, path);
        assertEquals(
                expected,
                response.statusCode(),
                () -> method + " " + path + " as " + user + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0], "errors are problems");
        }
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.split("\\|"))
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .toList();
    }

    /** A valid body for each write of the matrix (fresh values per call, so repeated runs never collide). */
    private static final Map<String, Supplier<Object>> BODIES = Map.of(
            "POST /api/v1/web-forms/leads",
            () -> Map.of(
                    "name",
                    "Form Person",
                    "email",
                    Api.unique("form") + "@example.com",
                    "consent",
                    Map.of("given", true, "text", "Contact me")),
            "POST /api/v1/leads",
            () -> Map.of("name", "Matrix Created", "region", "West China", "externalId", Api.unique("ext")),
            "POST /api/v1/leads/{lead}/interactions",
            () -> Map.of("type", "CALL", "occurredAt", java.time.Instant.now().toString()),
            "POST /api/v1/leads/{lead}/assign",
            () -> Map.of("ownerId", Api.subject("rep.east1"), "team", "east"),
            "PUT /api/v1/assignment-rules",
            JourneyIT::plan,
            "POST /api/v1/contacts",
            () -> Map.of("givenName", "Matrix", "familyName", Api.unique("Made")),
            "POST /api/v1/contacts/{contact}/interactions",
            () -> Map.of(
                    "kind",
                    "CALL",
                    "direction",
                    "OUTBOUND",
                    "occurredAt",
                    java.time.Instant.now().toString(),
                    "summary",
                    "matrix call"));
}
