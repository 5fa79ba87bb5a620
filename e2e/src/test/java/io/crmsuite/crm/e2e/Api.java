package io.crmsuite.crm.e2e;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.testkit.ApiCalls;
import io.crmsuite.crm.testkit.KeycloakTokens;
import io.restassured.specification.RequestSpecification;

/** Requests to the running suite: through the gateway (the default) or straight at one service, as a demo user. */
public final class Api {
    public static final String PARTNER = "partner";
    public static final String ANONYMOUS = "anonymous";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Api() {}

    /** Through the gateway, with the token of {@code user} (a demo username, {@link #PARTNER} or {@link #ANONYMOUS}). */
    public static RequestSpecification as(String user) {
        return withToken(given().baseUri(SuiteStack.url("CRM_GATEWAY_URL")), user);
    }

    /** Straight at one service ({@code CRM_LEAD_SERVICE_URL}, …), bypassing the gateway. */
    public static RequestSpecification direct(String urlVariable, String user) {
        return withToken(given().baseUri(SuiteStack.url(urlVariable)), user);
    }

    private static RequestSpecification withToken(RequestSpecification spec, String user) {
        if (ANONYMOUS.equals(user)) {
            return spec;
        }
        return spec.auth().oauth2(token(user));
    }

    public static String token(String user) {
        SuiteStack.environment();
        return PARTNER.equals(user) ? KeycloakTokens.forPartner() : KeycloakTokens.forUser(user);
    }

    /** The Keycloak subject (user id) of a demo user: what owner ids and assignment targets hold. */
    public static String subject(String user) {
        return claims(token(user)).get("sub").asText();
    }

    public static JsonNode claims(String jwt) {
        return ApiCalls.claims(jwt);
    }

    /** A value unique to this run, for emails and names that must not meet data of earlier runs. */
    public static String unique(String prefix) {
        return ApiCalls.unique(prefix);
    }
}
