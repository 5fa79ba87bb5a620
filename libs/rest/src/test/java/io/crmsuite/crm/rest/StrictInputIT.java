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

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input is refused, with the field named, rather than dropped, bent or handed to the database (issue 14). */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_rest"))
class StrictInputIT {
    private static final String VALID = "{\"name\":\"Strict\",\"color\":\"RED\"";

    @Test
    void everyUnknownFieldOfABodyIsNamed() {
        String body = VALID + ",\"colour\":\"BLUE\",\"address\":{\"city\":\"Wuxi\",\"country\":\"CN\",\"floor\":3},"
                + "\"extra\":{\"deep\":[1,2]}}";
        assertProblem(json().body(body).post(WIDGETS), 400, "validation")
                .body("errors.field", containsInAnyOrder("colour", "address.floor", "extra"))
                .body(
                        "errors.message",
                        contains("is not a known field", "is not a known field", "is not a known field"))
                .body("detail", containsString("address.floor"));
        json().body(VALID + "}").post(WIDGETS).then().statusCode(201);
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertProblem(json().body(VALID + ",\"name\":\"Other\"}").post(WIDGETS), 400, "validation")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("appears more than once"));
        assertProblem(
                        json().body(VALID + ",\"address\":{\"city\":\"A\",\"city\":\"B\",\"country\":\"CN\"}}")
                                .post(WIDGETS),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("address.city"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"name\":\"a\\u0000b\",\"color\":\"RED\"}|name|must not contain the NUL character",
                "{\"name\":\"a\\ud800b\",\"color\":\"RED\"}|name|is not valid Unicode (an unpaired surrogate)",
                "{\"name\":\"a\\udc00\",\"color\":\"RED\"}|name|is not valid Unicode (an unpaired surrogate)",
                "{\"name\":\"a\",\"color\":\"RED\",\"address\":{\"city\":\"\\u0000\",\"country\":\"CN\"}}|address.city"
                        + "|must not contain the NUL character"
            })
    void textWithNulOrInvalidUnicodeIsRefusedNamingTheField(String body, String field, String message) {
        assertProblem(json().body(body).post(WIDGETS), 400, "validation")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void aPairedSurrogateIsText() {
        json().body("{\"name\":\"emoji \\ud83d\\ude00\",\"color\":\"GREEN\"}")
                .post(WIDGETS)
                .then()
                .statusCode(201)
                .body("name", equalTo("emoji \uD83D\uDE00"));
    }

    @Test
    void anUnknownQueryParameterIsNamedWithTheOnesTheOperationTakes() {
        assertProblem(given().queryParam("q", "acme").get(WIDGETS), 400, "validation")
                .body("errors[0].field", equalTo("q"))
                .body(
                        "errors[0].message",
                        equalTo("is not a query parameter of this operation; it takes: cursor, limit," + " prefix"));
        given().queryParam("prefix", "acme").get(WIDGETS).then().statusCode(200);
    }

    @Test
    void nulInAQueryOrPathParameterOrAHeaderReadIsRefused() {
        assertProblem(given().urlEncodingEnabled(false).get(WIDGETS + "?prefix=a%00b"), 400, "validation")
                .body("errors[0].field", equalTo("prefix"))
                .body("errors[0].message", equalTo("must not contain the NUL character"));
        assertProblem(given().urlEncodingEnabled(false).get(WIDGETS + "/a%00b"), 400, "validation")
                .body("errors[0].field", equalTo("id"));
    }
}
