package io.crmsuite.crm.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * A partner over its quota gets 429 with Retry-After and the RateLimit headers. Runs last (see junit-platform
 * properties): it spends the partner's bucket for the next minute.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
class PartnerQuotaIT {

    @Test
    void overItsQuotaAPartnerGets429WithRetryAfter() {
        Response first = Api.as(Api.PARTNER).get("/api/v1/leads?limit=1");
        first.then().statusCode(200).header("RateLimit-Limit", notNullValue());
        int limit = Integer.parseInt(first.header("RateLimit-Limit"));
        Response last = first;
        // the bucket refills while the loop runs: allow for that, but never loop without bound
        for (int i = 0; i <= 3 * limit && last.statusCode() != 429; i++) {
            last = Api.as(Api.PARTNER).get("/api/v1/leads?limit=1");
        }
        assertEquals(429, last.statusCode(), "the partner's bucket of " + limit + " ran dry");
        last.then()
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("type", equalTo("urn:crm:problem:rate-limited"));
    }
}
