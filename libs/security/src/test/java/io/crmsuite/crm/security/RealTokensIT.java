package io.crmsuite.crm.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KeycloakTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The baseline OIDC configuration and the current-user mapping, with real tokens from the real Keycloak. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_kit_security"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class RealTokensIT {

    @Test
    void repTokenCarriesTeamRegionAndRoles() {
        given().auth()
                .oauth2(KeycloakTokens.forUser("rep.east1"))
                .get("/whoami")
                .then()
                .statusCode(200)
                .body("username", equalTo("rep.east1"))
                .body("team", equalTo("east"))
                .body("region", equalTo("East China"))
                .body("roles", containsInAnyOrder(Roles.SALES_REP));
    }

    @Test
    void managerHasTheCompositeRepRoleAndTeamScope() {
        String token = KeycloakTokens.forUser("manager.west");
        given().auth()
                .oauth2(token)
                .get("/whoami")
                .then()
                .statusCode(200)
                .body("roles", containsInAnyOrder(Roles.SALES_MANAGER, Roles.SALES_REP));
        given().auth().oauth2(token).get("/whoami/scope").then().statusCode(200).body(equalTo("Team[team=west]"));
    }

    @Test
    void partnerIsIdentifiedByItsClient() {
        given().auth()
                .oauth2(KeycloakTokens.forPartner())
                .get("/whoami")
                .then()
                .statusCode(200)
                .body("clientId", equalTo("partner-acme"))
                .body("team", nullValue())
                .body("roles", containsInAnyOrder(Roles.PARTNER));
    }

    @Test
    void roleChecksUseRealmRoles() {
        given().auth()
                .oauth2(KeycloakTokens.forUser("admin"))
                .get("/whoami/admin")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(KeycloakTokens.forUser("auditor1"))
                .get("/whoami/admin")
                .then()
                .statusCode(403);
    }

    @Test
    void missingOrTamperedTokensAreRejected() {
        given().get("/whoami").then().statusCode(401);
        String token = KeycloakTokens.forUser("rep.west1");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).get("/whoami").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/whoami").then().statusCode(401);
    }

    /** Tokens go through the verified-token cache; a forged copy of a remembered token is still refused. */
    @Test
    void aRememberedTokenServesAgainButAForgedCopyIsRefused() {
        String token = KeycloakTokens.forUser("rep.east2");
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(token)
                    .get("/whoami/from-token-cache")
                    .then()
                    .statusCode(200)
                    .body(equalTo("true"));
        }
        given().auth().oauth2(token).get("/whoami").then().statusCode(200).body("username", equalTo("rep.east2"));
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).get("/whoami").then().statusCode(401);
    }
}
