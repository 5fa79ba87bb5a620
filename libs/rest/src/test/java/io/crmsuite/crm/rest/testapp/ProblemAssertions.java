package io.crmsuite.crm.rest.testapp;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The checks every error response must pass: problem+json, typed, with a request id, and no Java internals. */
public final class ProblemAssertions {
    static {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
    }

    private ProblemAssertions() {}

    public static ValidatableResponse assertProblem(Response response, int status, String slug) {
        return response.then()
                .statusCode(status)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo("urn:crm:problem:" + slug))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("requestId", notNullValue())
                .body(allOf(
                        not(containsString("Exception")),
                        not(containsString("\tat ")),
                        not(containsString("java.")),
                        not(containsString("io.crmsuite")),
                        not(containsString(FailureResource.SECRET))));
    }
}
