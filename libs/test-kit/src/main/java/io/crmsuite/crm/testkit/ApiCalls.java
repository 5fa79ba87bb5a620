package io.crmsuite.crm.testkit;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.awaitility.Awaitility;

/**
 * Calling a service's API as a demo user of the realm (password = username) or as the partner client, with real
 * Keycloak tokens, through RestAssured (the base URI is the service under test in a {@code @QuarkusTest}, or whatever
 * the caller sets). Shared by every service's tests and the end-to-end suite.
 */
public final class ApiCalls {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED");

    private ApiCalls() {}

    /** A JSON request as the demo user, e.g. {@code rep.east1}. */
    public static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON);
    }

    /** A JSON request as the partner client (client credentials, role partner only). */
    public static RequestSpecification asPartner() {
        return given().auth().oauth2(KeycloakTokens.forPartner()).contentType(ContentType.JSON);
    }

    /** The Keycloak subject (the owner id in records) of a demo user. */
    public static String subject(String user) {
        return claims(KeycloakTokens.forUser(user)).get("sub").asText();
    }

    /** The claims of a JWT (its payload, not verified: the test's own tokens). */
    public static JsonNode claims(String jwt) {
        try {
            String payload = jwt.split("\\.")[1];
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value no other test run used: {@code prefix-<time in base 36>}. */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /**
     * The import job at {@code location} (its path, e.g. {@code /api/v1/imports/<id>}) once it finished (COMPLETED or
     * FAILED), read as the user who may see it, for assertions on its counts and rejections.
     */
    public static ValidatableResponse finishedImport(String user, String location) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .until(() -> FINISHED.contains(as(user).get(location).<String>path("status")));
        return as(user).get(location).then();
    }
}
