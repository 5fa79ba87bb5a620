package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmsuite.crm.testkit.openapi.ApiDocuments;
import io.crmsuite.crm.testkit.openapi.OpenApiConventions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every document of api-specs/openapi — the services' generated ones and the gateway's hand-written one — follows the
 * project's OpenAPI conventions ({@link OpenApiConventions}), also as the one document the gateway merges them into.
 * The other tests show that the checks catch what they claim to.
 */
class OpenApiConventionsTest {
    private final ApiDocuments documents = ApiDocuments.checkedIn();

    @Test
    void everyDocumentFollowsTheConventions() {
        List<String> violations = OpenApiConventions.violations(documents);
        assertTrue(
                violations.isEmpty(),
                () -> "api-specs/openapi breaks the conventions:\n  " + String.join("\n  ", violations));
    }

    @Test
    void theDocumentsHoldEveryServiceAndTheGateway() {
        assertEquals(
                List.of("contact-service", "gateway", "lead-service"),
                List.copyOf(documents.documents().keySet()));
    }

    @Test
    void anOperationWithoutIdSummaryOrItsErrorsIsNamed() {
        ObjectNode lead = documents.documents().get("lead-service").deepCopy();
        ObjectNode create =
                (ObjectNode) lead.path("paths").path("/api/v1/leads").path("post");
        create.remove("operationId");
        create.put("summary", " ");
        ((ObjectNode) create.path("responses")).remove("422");
        ((ArrayNode) create.withArray("tags")).removeAll().add("Lead Resource");
        List<String> violations = OpenApiConventions.violations(documents.with("lead-service", lead));
        assertContains(violations, "lead-service: POST /api/v1/leads: no operationId");
        assertContains(violations, "lead-service: POST /api/v1/leads: no summary");
        assertContains(violations, "lead-service: POST /api/v1/leads: does not declare 422");
        assertContains(violations, "lead-service: POST /api/v1/leads: tag \"Lead Resource\" does not name a resource");
    }

    @Test
    void anErrorWithoutTheProblemSchemaOrACreateWithoutLocationIsNamed() {
        ObjectNode contact = documents.documents().get("contact-service").deepCopy();
        ObjectNode create =
                (ObjectNode) contact.path("paths").path("/api/v1/contacts").path("post");
        ((ObjectNode) create.path("responses").path("409")).remove("content");
        ((ObjectNode) create.path("responses").path("201")).remove("headers");
        List<String> violations = OpenApiConventions.violations(documents.with("contact-service", contact));
        assertContains(violations, "contact-service: POST /api/v1/contacts: 409 is not an application/problem+json");
        assertContains(violations, "contact-service: POST /api/v1/contacts: 201 without a Location header");
    }

    @Test
    void rolesMustBeRealmRolesNamedInTheDescriptionAndBodiesNeedExamples() {
        ObjectNode lead = documents.documents().get("lead-service").deepCopy();
        ObjectNode assign = (ObjectNode)
                lead.path("paths").path("/api/v1/leads/{id}/assign").path("post");
        ((ArrayNode) assign.withArray("x-roles")).add("superuser");
        ((ObjectNode) assign.path("requestBody").path("content").path("application/json")).remove("examples");
        List<String> violations = OpenApiConventions.violations(documents.with("lead-service", lead));
        assertContains(violations, "x-roles names superuser, not a realm role");
        assertContains(violations, "the description does not name role superuser");
        assertContains(violations, "the application/json body has no example");
    }

    @Test
    void aComponentTheGatewayWouldMergeDifferentlyIsNamed() {
        ObjectNode gateway = documents.documents().get("gateway").deepCopy();
        JsonNode leadView = documents.schema("LeadView");
        ObjectNode changed = leadView.deepCopy();
        changed.put("description", "not the lead service's");
        ((ObjectNode) gateway.path("components").path("schemas")).set("LeadView", changed);
        List<String> violations = OpenApiConventions.violations(documents.with("gateway", gateway));
        assertContains(violations, "schemas.LeadView differs from");
    }

    private static void assertContains(List<String> violations, String expected) {
        assertTrue(
                violations.stream().anyMatch(v -> v.contains(expected)),
                () -> "expected a violation containing \"" + expected + "\" in " + violations);
    }
}
