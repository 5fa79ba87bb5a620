package io.crmsuite.crm.rest;

import static io.crmsuite.crm.rest.testapp.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed query parameters through the shared converters: converted, blank as absent, bad values as 400 problems. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_rest"))
class QueryParamsIT {
    private static final String PROBE = "/api/v1/query-probe";

    @Test
    void valuesArriveConvertedAndEnumsIgnoreCase() {
        given().queryParam("color", "green")
                .queryParam("id", "0b6d2f0e-3a8e-4c5b-9d6f-1a2b3c4d5e6f")
                .queryParam("since", "2026-01-31T00:00:00Z")
                .queryParam("day", "2026-01-31")
                .queryParam("count", " 7 ")
                .queryParam("flag", "TRUE")
                .queryParam("text", "  padded ")
                .get(PROBE)
                .then()
                .statusCode(200)
                .body("color", equalTo("GREEN"))
                .body("id", equalTo("0b6d2f0e-3a8e-4c5b-9d6f-1a2b3c4d5e6f"))
                .body("since", equalTo("2026-01-31T00:00:00Z"))
                .body("day", equalTo("2026-01-31"))
                .body("count", equalTo("7"))
                .body("flag", equalTo("true"))
                .body("text", equalTo("padded"));
    }

    @Test
    void blankValuesCountAsAbsent() {
        given().queryParam("color", " ")
                .queryParam("id", "")
                .queryParam("text", "   ")
                .get(PROBE)
                .then()
                .statusCode(200)
                .body("color", equalTo("null"))
                .body("id", equalTo("null"))
                .body("text", equalTo("null"));
    }

    @Test
    void anUnknownEnumValueNamesTheParameterAndTheAllowedValues() {
        assertProblem(given().queryParam("color", "pink").get(PROBE), 400, "validation")
                .body("errors[0].field", equalTo("color"))
                .body("errors[0].message", equalTo("must be one of: RED, GREEN, BLUE"))
                .body("errors[0].allowedValues", contains("RED", "GREEN", "BLUE"));
    }

    @ParameterizedTest
    @CsvSource({
        "id, 42, must be a UUID",
        "since, yesterday, must be an RFC 3339 date-time such as 2026-01-31T00:00:00Z",
        "day, 31.01.2026, must be a date such as 2026-01-31",
        "count, many, must be a whole number",
        "flag, yes, must be true or false"
    })
    void anUnconvertibleValueIs400NamingTheParameter(String name, String value, String message) {
        assertProblem(given().queryParam(name, value).get(PROBE), 400, "validation")
                .body("errors[0].field", equalTo(name))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void textLongerThanTheMaxLengthOfItsOpenApiSchemaIsRefused() {
        assertProblem(given().queryParam("text", "x".repeat(11)).get(PROBE), 400, "validation")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", equalTo("must be at most 10 characters"));
        given().queryParam("text", "x".repeat(10)).get(PROBE).then().statusCode(200);
    }

    @Test
    void aPathIdThatIsNoUuidIsStillNotFound() {
        assertProblem(given().get(PROBE + "/not-a-uuid"), 404, "not-found");
    }
}
