package io.crmsuite.crm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.testkit.KeycloakTokens;
import io.crmsuite.crm.testkit.openapi.ApiDocuments;
import io.crmsuite.crm.testkit.openapi.ApiOperation;
import io.crmsuite.crm.testkit.openapi.OpenApiConventions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway's own behaviour against stand-in upstreams, with real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(StandInUpstreams.class)
class GatewayIT {
    private static final String PROBLEM = "application/problem+json";

    private static String rep() {
        return KeycloakTokens.forUser("rep.east1");
    }

    @Test
    void forwardsMethodPathQueryBodyAndTheCallersTokenAndRewritesUpstreamLinks() {
        Response echo = given().auth()
                .oauth2(rep())
                .header("X-Request-Id", "req-123")
                .header("Idempotency-Key", "k-1")
                .contentType("application/json")
                .body("{\"name\":\"Li\"}")
                .post("/api/v1/leads?source=WEB")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "req-123")
                .header("Location", equalTo(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/leads/42"))
                .header("RateLimit-Limit", "600")
                .extract()
                .response();
        assertEquals("POST", echo.path("method"));
        assertEquals("/api/v1/leads?source=WEB", echo.path("uri"));
        assertEquals("{\"name\":\"Li\"}", echo.path("body"));
        assertEquals("Bearer " + rep(), echo.path("headers.authorization"));
        assertEquals("req-123", echo.path("headers.x-request-id"));
        assertEquals("k-1", echo.path("headers.idempotency-key"));
        assertEquals("127.0.0.1", echo.path("headers.x-forwarded-for"));
    }

    @Test
    void everyRequestHasOneAccessLogLineWithoutTokenQueryOrBody() {
        List<String> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler collector = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                records.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger access = java.util.logging.Logger.getLogger("crm.gateway.access");
        access.addHandler(collector);
        String token = rep();
        given().auth()
                .oauth2(token)
                .header("X-Request-Id", "log-probe-1")
                .contentType("application/json")
                .body("{\"secret\":\"body-value\"}")
                .post("/api/v1/leads?q=private-term")
                .then()
                .statusCode(200);
        // the line is written once the answer has been sent, which may be just after the client has read it
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> records.stream().anyMatch(line -> line.contains("request_id=log-probe-1")));
        access.removeHandler(collector);
        List<String> lines = records.stream()
                .filter(line -> line.contains("request_id=log-probe-1"))
                .toList();
        assertEquals(1, lines.size(), lines.toString());
        String line = lines.getFirst();
        org.hamcrest.MatcherAssert.assertThat(
                line, containsString("method=POST route=leads path=/api/v1/leads status=200"));
        org.hamcrest.MatcherAssert.assertThat(line, containsString("client=rep.east1"));
        org.hamcrest.MatcherAssert.assertThat(line, not(containsString(token.substring(20, 60))));
        org.hamcrest.MatcherAssert.assertThat(line, not(containsString("private-term")));
        org.hamcrest.MatcherAssert.assertThat(line, not(containsString("body-value")));
    }

    @Test
    void anUnsafeRequestIdIsReplacedByAGeneratedOne() {
        given().auth()
                .oauth2(rep())
                .header("X-Request-Id", "bad id with spaces\t")
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .header("X-Request-Id", not(containsString(" ")))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void withoutAValidTokenOnlyPublicRoutesPass() {
        given().get("/api/v1/leads")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:crm:problem:unauthorized"));
        given().auth().oauth2("not-a-jwt").get("/api/v1/leads").then().statusCode(401);
        String token = rep();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth()
                .oauth2(tampered)
                .get("/api/v1/leads")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().header("Authorization", "Basic cmVwOnJlcA==")
                .get("/api/v1/leads")
                .then()
                .statusCode(401);
        given().contentType("application/json")
                .body("{}")
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(200)
                .body("headers.authorization", nullValue());
    }

    @Test
    void aRouteClosedToARoleAnswers403() {
        given().auth()
                .oauth2(KeycloakTokens.forPartner())
                .get("/api/v1/contacts")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:crm:problem:forbidden"));
    }

    @Test
    void unknownApiPathsAre404Problems() {
        given().auth()
                .oauth2(rep())
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void anOversizeBodyIs413AndOversizeHeadersAre431() {
        given().contentType("application/json")
                .body("{\"notes\":\"" + "x".repeat(9_000) + "\"}")
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:crm:problem:payload-too-large"));
        given().auth()
                .oauth2(rep())
                .header("X-Padding", "y".repeat(20_000))
                .get("/api/v1/leads")
                .then()
                .statusCode(431)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:crm:problem:headers-too-large"));
        given().auth()
                .oauth2(rep())
                .header("X-Padding", "y".repeat(20_000))
                .get("/api/v1/customers/" + java.util.UUID.randomUUID() + "/360")
                .then()
                .statusCode(431)
                .contentType(PROBLEM);
        // beyond the server's outer bound (64K) the HTTP server refuses the request itself, still with 431
        given().header("X-Padding", "y".repeat(70_000))
                .get("/api/v1/leads")
                .then()
                .statusCode(431);
    }

    @Test
    void theCustomerViewRefusesAQueryParameterItDoesNotTake() {
        given().auth()
                .oauth2(rep())
                .queryParam("fields", "contact")
                .get("/api/v1/customers/" + java.util.UUID.randomUUID() + "/360")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:crm:problem:validation"))
                .body("errors[0].field", equalTo("fields"));
    }

    @Test
    void aSlowUpstreamIs504WithinTheRouteTimeout() {
        long started = System.nanoTime();
        given().auth()
                .oauth2(rep())
                .get("/api/v1/slow")
                .then()
                .statusCode(504)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:crm:problem:upstream-timeout"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        org.hamcrest.MatcherAssert.assertThat("answered near the 300 ms timeout", millis, lessThan(3_000L));
    }

    @Test
    void aDroppedConnectionIsRetriedForGetButNotForPost() {
        StandInUpstreams.FLAKY_CALLS.set(0);
        given().auth().oauth2(rep()).get("/api/v1/flaky").then().statusCode(200);
        assertEquals(2, StandInUpstreams.FLAKY_CALLS.get(), "one drop, one retry");
        StandInUpstreams.FLAKY_CALLS.set(0);
        given().auth()
                .oauth2(rep())
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/flaky")
                .then()
                .statusCode(502)
                .contentType(PROBLEM);
        assertEquals(1, StandInUpstreams.FLAKY_CALLS.get(), "a POST is never repeated");
    }

    @Test
    void aFailingUpstreamOpensItsCircuitAndThenFailsFastWith503() {
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(rep()).get("/api/v1/nowhere").then().statusCode(502);
        }
        given().auth()
                .oauth2(rep())
                .get("/api/v1/nowhere")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", "30")
                .body("type", equalTo("urn:crm:problem:upstream-unavailable"));
    }

    @Test
    void publicRoutesAreRateLimitedPerIpWith429AndRetryAfter() {
        int status = 0;
        Response last = null;
        for (int i = 0; i < 10 && status != 429; i++) {
            last = given().contentType("application/json").body("{}").post("/api/v1/web-forms/leads");
            status = last.statusCode();
        }
        assertEquals(429, status, "the 5-per-hour public bucket ran dry");
        last.then()
                .contentType(PROBLEM)
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("type", equalTo("urn:crm:problem:rate-limited"));
    }

    @Test
    void corsAnswersOnlyAllowedOriginsAndNeverAWildcard() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/leads")
                .then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Credentials", "true");
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/leads")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theCombinedApiDocumentListsEveryServiceAndHasABrowsableUi() throws Exception {
        String served = given().get("/api/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode combined = new ObjectMapper().readTree(served);
        ApiDocuments checkedIn = ApiDocuments.checkedIn();
        for (ApiOperation operation : checkedIn.operations()) {
            JsonNode found = combined.path("paths")
                    .path(operation.path())
                    .path(operation.method().toLowerCase());
            assertEquals(
                    operation.node().path("operationId").asText(),
                    found.path("operationId").asText(),
                    operation.key() + " is in the combined document");
        }
        // one set of OAuth2 schemes, pointed at the realm this gateway trusts; nothing else
        JsonNode schemes = combined.path("components").path("securitySchemes");
        assertEquals(List.of("clientCredentials", "crmWeb"), sorted(schemes.fieldNames()));
        String issuer = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.oidc.auth-server-url", String.class);
        assertEquals(
                issuer + "/protocol/openid-connect/token",
                schemes.path("clientCredentials")
                        .path("flows")
                        .path("clientCredentials")
                        .path("tokenUrl")
                        .asText());
        assertEquals(
                List.of(),
                OpenApiConventions.violations(new ApiDocuments(java.util.Map.of("combined", combined))),
                "the combined document follows the conventions");
        given().get("/api/docs/").then().statusCode(200).body(containsString("swagger"));
    }

    private static List<String> sorted(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        java.util.Collections.sort(list);
        return list;
    }
}
