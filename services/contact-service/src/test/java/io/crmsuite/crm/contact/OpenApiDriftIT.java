package io.crmsuite.crm.contact;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in OpenAPI document must equal what the running service serves (compared as parsed trees, so formatting
 * does not matter). Regenerate with {@code -Dcrm.openapi.update=true} (see the module README).
 */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class OpenApiDriftIT {
    private static final Path CHECKED_IN = Path.of("../../api-specs/openapi/contact-service.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    @Test
    void theCheckedInDocumentMatchesTheCode() throws Exception {
        String served = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode actual = new ObjectMapper().readTree(served);
        if (Boolean.getBoolean("crm.openapi.update")) {
            Files.createDirectories(CHECKED_IN.getParent());
            YAML.writeValue(CHECKED_IN.toFile(), actual);
        }
        JsonNode expected = YAML.readTree(CHECKED_IN.toFile());
        assertEquals(
                expected,
                actual,
                "api-specs/openapi/contact-service.yaml differs from /q/openapi; regenerate it"
                        + " with -Dcrm.openapi.update=true and review the diff");
    }
}
