package io.crmsuite.crm.lead;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in OpenAPI document equals what the running service serves (compared as parsed YAML, so formatting does
 * not matter). Regenerate with {@code -Dcrm.openapi.write=true} (see the module README).
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class OpenApiDocumentIT {
    static final Path CHECKED_IN = Path.of("../../api-specs/openapi/lead-service.yaml");

    @Test
    void theCheckedInDocumentMatchesTheCode() throws Exception {
        String served = given().get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("crm.openapi.write")) {
            Files.writeString(CHECKED_IN, served, StandardCharsets.UTF_8);
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode expected = yaml.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
        JsonNode actual = yaml.readTree(served);
        assertEquals(
                expected,
                actual,
                "api-specs/openapi/lead-service.yaml is out of date: regenerate it with"
                        + " ./mvnw -pl services/lead-service verify -Dit.test=OpenApiDocumentIT -Dcrm.openapi.write=true");
    }
}
