package io.crmsuite.crm.contact;

import static io.restassured.RestAssured.given;

import io.crmsuite.crm.testkit.openapi.OpenApiDrift;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** api-specs/openapi/contact-service.yaml is what the service serves, and follows the conventions (test-kit). */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class OpenApiDriftIT {

    @Test
    void theCheckedInDocumentMatchesTheCode() {
        OpenApiDrift.assertCheckedIn(
                "contact-service",
                given().get("/q/openapi?format=yaml")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }
}
