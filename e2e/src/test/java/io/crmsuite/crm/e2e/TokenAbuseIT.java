package io.crmsuite.crm.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No token, an expired one, one for another audience, a tampered signature, another issuer: 401 problem from the
 * gateway, and 401 from the service when called directly (the gateway is a second gate, not the only one).
 */
class TokenAbuseIT {
    private static RogueTokens rogue;
    private static final List<String> TARGETS = List.of("CRM_GATEWAY_URL", "CRM_LEAD_SERVICE_URL");

    @BeforeAll
    static void keycloakAdmin() {
        rogue = new RogueTokens();
    }

    @AfterAll
    static void cleanUp() {
        rogue.close();
    }

    private static void refusedEverywhere(String token) {
        for (String target : TARGETS) {
            var request = Api.direct(target, Api.ANONYMOUS);
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            request.get("/api/v1/leads")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("status", equalTo(401));
        }
    }

    @Test
    void noToken() {
        refusedEverywhere(null);
    }

    @Test
    void tamperedSignature() {
        String token = Api.token("rep.east1");
        String[] parts = token.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(
                                java.util.Base64.getUrlDecoder().decode(parts[1]),
                                java.nio.charset.StandardCharsets.UTF_8)
                        .replace("\"sales-rep\"", "\"crm-admin\"")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        refusedEverywhere(parts[0] + "." + forgedPayload + "." + parts[2]);
    }

    @Test
    void wrongIssuer() {
        refusedEverywhere(rogue.fromOtherIssuer());
    }

    @Test
    void wrongAudience() {
        refusedEverywhere(rogue.withoutAudience());
    }

    @Test
    void expired() {
        String token = rogue.shortLived();
        // valid at first (the same token is accepted) ...
        Api.direct("CRM_GATEWAY_URL", Api.ANONYMOUS)
                .auth()
                .oauth2(token)
                .get("/api/v1/leads")
                .then()
                .statusCode(200);
        // ... and refused once it has expired (1 s lifetime + the services' 10 s clock-skew allowance)
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> refusedEverywhere(token));
    }
}
