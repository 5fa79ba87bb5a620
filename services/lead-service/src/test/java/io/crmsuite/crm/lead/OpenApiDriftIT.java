package io.crmsuite.crm.lead;

import static io.restassured.RestAssured.given;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.openapi.OpenApiDrift;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** api-specs/openapi/lead-service.yaml is what the service serves, and follows the conventions (test-kit). */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class OpenApiDriftIT {

    @Test
    void theCheckedInDocumentMatchesTheCode() {
        OpenApiDrift.assertCheckedIn(
                "lead-service",
                given().get("/q/openapi?format=yaml")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }
}
