package io.crmsuite.crm.rest;

import static io.crmsuite.crm.rest.testapp.ProblemAssertions.assertProblem;
import static io.crmsuite.crm.rest.testapp.WidgetClient.WIDGETS;
import static io.crmsuite.crm.rest.testapp.WidgetClient.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.crmsuite.crm.rest.testapp.WidgetClient;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of failure answers application/problem+json with the right status and no internals. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_rest"))
class ProblemMappingIT {

    @ParameterizedTest
    @ValueSource(
            strings = {"{\"name\":", "{bad json}", "{\"name\":\"a\",}", "not json", "{\"name\":\"a\" \"color\":\"RED\"}"
            })
    void malformedJsonIs400(String body) {
        assertProblem(json().body(body).post(WIDGETS), 400, "malformed-json")
                .body("detail", containsString("not valid JSON"))
                .body("instance", equalTo(WIDGETS));
    }

    @Test
    void invalidFieldsAre400WithTheFieldList() {
        String body = "{\"name\":\"\",\"color\":\"RED\",\"email\":\"not-an-email\","
                + "\"address\":{\"city\":\"\",\"country\":\"cn\"}}";

        assertProblem(json().body(body).post(WIDGETS), 400, "validation")
                .body("errors.field", contains("address.city", "address.country", "email", "name"))
                .body("errors.find { it.field == 'email' }.message", equalTo("must be a well-formed email address"));
    }

    @Test
    void aMissingBodyIs400() {
        assertProblem(json().post(WIDGETS), 400, "validation").body("errors", hasSize(1));
    }

    @Test
    void anUnknownEnumValueIs400NamingTheFieldAndTheAcceptedValues() {
        assertProblem(json().body("{\"name\":\"a\",\"color\":\"PINK\"}").post(WIDGETS), 400, "validation")
                .body("errors[0].field", equalTo("color"))
                .body("errors[0].allowedValues", contains("RED", "GREEN", "BLUE"))
                .body("errors[0].message", equalTo("must be one of: RED, GREEN, BLUE"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"name\":{\"first\":\"a\"},\"color\":\"RED\"}|name|must be a string",
                "{\"name\":\"a\",\"color\":\"RED\",\"address\":\"Hangzhou\"}|address|must be an object",
                "{\"name\":\"a\",\"color\":\"RED\",\"address\":{\"city\":[\"x\"],\"country\":\"CN\"}}|address.city|must be a string",
                "{\"name\":\"a\",\"color\":[\"RED\"]}|color|must be one of: RED, GREEN, BLUE"
            })
    void aWrongJsonTypeIs400NamingTheField(String body, String field, String message) {
        assertProblem(json().body(body).post(WIDGETS), 400, "validation")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void aBodyOfTheWrongShapeIs400() {
        assertProblem(json().body("[1,2]").post(WIDGETS), 400, "validation")
                .body("errors[0].message", equalTo("must be an object"));
    }

    @Test
    void anInvalidQueryParameterIs400NamingIt() {
        assertProblem(given().get("/test/failures/validated?size=0"), 400, "validation")
                .body("errors.field", contains("size"));
    }

    @Test
    void aWrongMediaTypeIs415() {
        assertProblem(given().contentType("text/plain").body("name=a").post(WIDGETS), 415, "unsupported-media-type");
        assertProblem(given().contentType("application/xml").body("<a/>").post(WIDGETS), 415, "unsupported-media-type");
    }

    @Test
    void aMethodNotAllowedIs405() {
        // Quarkus REST's own 405 carries no Allow header; one thrown with Allow keeps it
        assertProblem(given().delete(WIDGETS), 405, "method-not-allowed");
        assertProblem(given().get("/test/failures/thrown/not-allowed"), 405, "method-not-allowed")
                .header("Allow", containsString("GET"))
                .header("Allow", containsString("POST"));
    }

    @Test
    void anUnacceptableMediaTypeIs406() {
        assertProblem(given().accept("application/xml").get(WIDGETS), 406, "not-acceptable");
    }

    @Test
    void aMissingRecordIs404() {
        UUID missing = UUID.randomUUID();
        assertProblem(given().get(WIDGETS + "/" + missing), 404, "not-found")
                .body("detail", equalTo("Widget " + missing + " was not found."));
        assertProblem(given().get(WIDGETS + "/not-a-uuid"), 404, "not-found");
        assertProblem(
                given().contentType("application/merge-patch+json")
                        .header("If-Match", "\"0\"")
                        .body("{}")
                        .patch(WIDGETS + "/" + missing),
                404,
                "not-found");
    }

    @Test
    void anUnknownApiPathIs404() {
        assertProblem(given().get("/api/v1/no-such-resource/42"), 404, "not-found")
                .body("instance", equalTo("/api/v1/no-such-resource/42"));
        assertProblem(json().body("{}").post("/api/v2/widgets"), 404, "not-found");
    }

    @ParameterizedTest
    @CsvSource({
        "unauthorized, 401, unauthorized",
        "authentication-failed, 401, unauthorized",
        "forbidden, 403, forbidden",
        "conflict, 409, duplicate-widget",
        "unprocessable, 422, unprocessable",
        "precondition-required, 428, precondition-required",
        "payload-too-large, 413, payload-too-large",
        "unavailable, 503, service-unavailable",
        "wrapped-lock, 409, concurrent-modification",
        "completion-lock, 409, concurrent-modification",
        "wrapped-conflict, 409, conflict",
        "boom, 500, internal"
    })
    void failuresKeepTheirStatusWhetherReturnedOrThrown(String kind, int status, String slug) {
        assertProblem(given().get("/test/failures/" + kind), status, slug);
        assertProblem(given().get("/test/failures/thrown/" + kind), status, slug);
    }

    @Test
    void conflictsCarryTheirExtensions() {
        assertProblem(given().get("/test/failures/conflict"), 409, "duplicate-widget")
                .body("detail", equalTo("A widget with this name exists."))
                .body("candidates[0].name", equalTo("Acme"));
    }

    @Test
    void aServiceUnavailableKeepsRetryAfter() {
        assertProblem(given().get("/test/failures/unavailable"), 503, "service-unavailable")
                .header("Retry-After", equalTo("30"));
    }

    @Test
    void anUnexpectedFailureIsAGeneric500WithTheRequestId() {
        assertProblem(given().header("X-Request-Id", "req-4711").get("/test/failures/boom"), 500, "internal")
                .header("X-Request-Id", equalTo("req-4711"))
                .body("requestId", equalTo("req-4711"))
                .body("detail", equalTo("An unexpected error occurred. Quote the requestId when reporting it."));
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        assertProblem(given().header("X-Request-Id", "<script>").get("/test/failures/boom"), 500, "internal")
                .body("requestId", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aRealOptimisticLockFailureIs409AndRollsBack() {
        String name = WidgetClient.uniqueName("lock");
        String location =
                WidgetClient.create(name).then().statusCode(201).extract().header("Location");

        assertProblem(given().post(location + "/concurrent-touch"), 409, "concurrent-modification");

        given().get(location)
                .then()
                .statusCode(200)
                .body("description", equalTo(null))
                .body("version", equalTo(0));
    }

    @Test
    void problemsListEveryFieldOnce() {
        String body =
                "{\"name\":\"" + "n".repeat(101) + "\",\"color\":null,\"description\":\"" + "d".repeat(501) + "\"}";

        assertProblem(json().body(body).post(WIDGETS), 400, "validation")
                .body("errors.field", containsInAnyOrder("color", "description", "name"));
    }
}
