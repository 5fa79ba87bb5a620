package io.crmsuite.crm.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.crmsuite.crm.testkit.openapi.ApiDocuments;
import io.crmsuite.crm.testkit.openapi.ApiOperation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every secured operation of api-specs/openapi, with no token, a tampered signature (roles edited), another issuer
 * (the master realm), another audience and an expired token: a 401 problem from the gateway and from the operation's
 * own service called directly (the gateway is a second gate, not the only one). Each kind reaches every operation at
 * both; records of the run and unknown ids alternate between them. The last three tokens are real Keycloak tokens
 * from throw-away clients created through the admin API and deleted afterwards ({@link RogueTokens}).
 */
class TokenAbuseIT {
    private static RogueTokens rogue;
    private static String tampered;
    private static String otherIssuer;
    private static String otherAudience;
    private static String shortLived;
    private static volatile boolean expired;

    @BeforeAll
    static void roguesTokens() {
        rogue = new RogueTokens();
        tampered = tampered(Api.token("rep.east1"));
        otherIssuer = rogue.fromOtherIssuer();
        otherAudience = rogue.withoutAudience();
        shortLived = rogue.shortLived();
        // the short-lived token is a good one at first (so that its refusal later is the expiry's doing)
        Api.direct("CRM_GATEWAY_URL", Api.ANONYMOUS)
                .auth()
                .oauth2(shortLived)
                .get("/api/v1/leads")
                .then()
                .statusCode(200);
    }

    @AfterAll
    static void cleanUp() {
        rogue.close();
    }

    @TestFactory
    Stream<DynamicContainer> everySecuredOperationRefusesBadTokensAtTheGatewayAndAtItsService() {
        List<ApiOperation> secured = ApiDocuments.checkedIn().operations().stream()
                .filter(op -> !op.isPublic())
                .toList();
        assertFalse(secured.isEmpty(), "the documents declare secured operations");
        List<Kind> kinds = List.of(
                new Kind("no token", () -> null),
                new Kind("a tampered signature", () -> tampered),
                new Kind("another issuer", () -> otherIssuer),
                new Kind("another audience", () -> otherAudience),
                new Kind("an expired token", TokenAbuseIT::expiredToken));
        List<DynamicContainer> containers = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            Kind kind = kinds.get(k);
            List<DynamicTest> tests = new ArrayList<>();
            for (ApiOperation operation : secured) {
                List<String> targets = List.of("CRM_GATEWAY_URL", serviceOf(operation));
                for (int t = 0; t < targets.size(); t++) {
                    String target = targets.get(t);
                    boolean realIds = (k + t) % 2 == 0;
                    String name = operation.key() + " at " + target + (realIds ? " (records of the run)" : "");
                    tests.add(DynamicTest.dynamicTest(name, () -> assertRefused(operation, target, realIds, kind)));
                }
            }
            containers.add(DynamicContainer.dynamicContainer("with " + kind.name(), tests));
        }
        return containers.stream();
    }

    private static void assertRefused(ApiOperation operation, String target, boolean realIds, Kind kind) {
        String path = Fixtures.path(operation.path(), realIds, false);
        RequestSpecification request = Api.direct(target, Api.ANONYMOUS);
        String token = kind.token().get();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (operation.hasBody()) {
            request = request.contentType(ValidBodies.mediaType(operation))
                    .body(ValidBodies.example(operation).toString());
        }
        Response response = request.request(operation.method(), path);
        Supplier<String> where = () -> operation.method() + " " + path + " at " + target + " with " + kind.name();
        assertEquals(401, response.statusCode(), () -> where.get() + ": " + response.asString());
        Problems.assertProblem(response, where);
    }

    /** The service that owns the operation's document: {@code lead-service} → {@code CRM_LEAD_SERVICE_URL}. */
    static String serviceOf(ApiOperation operation) {
        return "CRM_" + operation.document().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    /** The short-lived token once it has expired (1 s lifetime + the services' 10 s clock-skew allowance). */
    private static String expiredToken() {
        if (!expired) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Api.direct("CRM_LEAD_SERVICE_URL", Api.ANONYMOUS)
                                            .auth()
                                            .oauth2(shortLived)
                                            .get("/api/v1/leads")
                                            .statusCode()
                                    == 401
                            && Api.direct("CRM_GATEWAY_URL", Api.ANONYMOUS)
                                            .auth()
                                            .oauth2(shortLived)
                                            .get("/api/v1/leads")
                                            .statusCode()
                                    == 401);
            expired = true;
        }
        return shortLived;
    }

    /** rep.east1's token with its roles edited to crm-admin: the signature no longer matches. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String forged = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sales-rep\"", "\"crm-admin\"");
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }

    private record Kind(String name, Supplier<String> token) {}
}
