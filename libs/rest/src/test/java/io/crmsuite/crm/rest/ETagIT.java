package io.crmsuite.crm.rest;

import static io.crmsuite.crm.rest.testapp.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.crmsuite.crm.rest.testapp.WidgetClient;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ETag from the row version, If-Match on PATCH (412 stale, 428 missing) and merge-patch semantics. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_rest"))
class ETagIT {
    private String location;
    private String name;

    @BeforeEach
    void createWidget() {
        name = WidgetClient.uniqueName("etag");
        location = WidgetClient.create(name)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .header("Location");
    }

    @Test
    void getAnswersTheVersionAsETag() {
        given().get(location).then().statusCode(200).header("ETag", "\"0\"").body("version", equalTo(0));
    }

    @Test
    void aPatchWithoutIfMatchIs428() {
        assertProblem(patch(null, "{\"description\":\"x\"}"), 428, "precondition-required");
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        patch("\"0\"", "{\"description\":\"first\"}").then().statusCode(200).header("ETag", "\"1\"");

        assertProblem(patch("\"0\"", "{\"description\":\"second\"}"), 412, "precondition-failed");

        given().get(location).then().header("ETag", "\"1\"").body("description", equalTo("first"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"0\"", "W/\"0\"", "*", "\"7\", \"0\""})
    void aMatchingIfMatchUpdates(String ifMatch) {
        patch(ifMatch, "{\"description\":\"updated\"}")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("description", equalTo("updated"));
    }

    @Test
    void aMalformedIfMatchIs400() {
        assertProblem(patch("0", "{\"description\":\"x\"}"), 400, "validation")
                .body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void patchMergesAbsentStaysNullClearsObjectsMerge() {
        patch("\"0\"", "{\"email\":null,\"address\":{\"city\":\"Ningbo\"},\"color\":\"BLUE\"}")
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("email", nullValue())
                .body("color", equalTo("BLUE"))
                .body("address.city", equalTo("Ningbo"))
                .body("address.country", equalTo("CN"));
    }

    @Test
    void plainJsonIsAcceptedAsMergePatchToo() {
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"description\":\"json\"}")
                .patch(location)
                .then()
                .statusCode(200)
                .body("description", equalTo("json"));
    }

    @Test
    void anInvalidPatchIs400NamingTheFieldAndChangesNothing() {
        assertProblem(patch("\"0\"", "{\"name\":\"\"}"), 400, "validation").body("errors[0].field", equalTo("name"));
        assertProblem(patch("\"0\"", "{\"address\":{\"country\":\"cn\"}}"), 400, "validation")
                .body("errors[0].field", equalTo("address.country"));
        assertProblem(patch("\"0\"", "{\"color\":\"PINK\"}"), 400, "validation")
                .body("errors[0].field", equalTo("color"));
        assertProblem(patch("\"0\"", "{\"name\":null}"), 400, "validation").body("errors[0].field", equalTo("name"));
        assertProblem(patch("\"0\"", "[1]"), 400, "validation");
        assertProblem(patch("\"0\"", "{\"name\":"), 400, "malformed-json");

        given().get(location).then().header("ETag", "\"0\"").body("name", equalTo(name));
    }

    private Response patch(String ifMatch, String body) {
        var request = given().contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch(location);
    }
}
