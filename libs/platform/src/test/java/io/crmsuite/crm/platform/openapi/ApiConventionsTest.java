package io.crmsuite.crm.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** The generic half of the conventions on a model shaped like what Quarkus hands the filter. */
class ApiConventionsTest {

    @Test
    void rolesBecomeXRolesUnderBothOAuthSchemesAndTheImpliedErrorsAreProblems() {
        Operation patch = OASFactory.createOperation()
                .description("Changes a lead.")
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("The lead"))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized")))
                .security(List.of(OASFactory.createSecurityRequirement()
                        .addScheme("SecurityScheme", List.of("crm-admin", "sales-rep"))));
        OpenAPI openAPI =
                document("/api/v1/leads/{id}", OASFactory.createPathItem().PATCH(patch));

        new ApiConventions().filterOpenAPI(openAPI);

        assertEquals(List.of("crm-admin", "sales-rep"), patch.getExtensions().get("x-roles"));
        assertEquals(
                List.of(Map.of("crmWeb", List.of()), Map.of("clientCredentials", List.of())),
                patch.getSecurity().stream().map(r -> r.getSchemes()).toList());
        assertTrue(patch.getDescription().endsWith("**Roles:** `crm-admin`, `sales-rep`."), patch.getDescription());
        assertEquals(
                List.of("200", "400", "401", "403", "404", "412", "413", "415", "429", "503"),
                List.copyOf(patch.getResponses().getAPIResponses().keySet()));
        APIResponse unauthorized = patch.getResponses().getAPIResponse("401");
        assertEquals(StandardErrors.description("401"), unauthorized.getDescription());
        assertEquals(
                "#/components/schemas/Problem",
                unauthorized
                        .getContent()
                        .getMediaType("application/problem+json")
                        .getSchema()
                        .getRef());
        assertTrue(patch.getResponses().getAPIResponse("429").getHeaders().containsKey("Retry-After"));
        assertNull(patch.getResponses().getAPIResponse("200").getContent(), "successes are left alone");
        assertTrue(openAPI.getComponents().getSchemas().containsKey("Problem"));
        assertEquals(
                List.of("clientCredentials", "crmWeb"),
                openAPI.getComponents().getSecuritySchemes().keySet().stream()
                        .sorted()
                        .toList());
    }

    @Test
    void aPublicOperationSaysSoWithAnEmptySecurityList() {
        Operation form = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("202", OASFactory.createAPIResponse().description("Received")));
        OpenAPI openAPI =
                document("/api/v1/web-forms/leads", OASFactory.createPathItem().POST(form));

        new ApiConventions().filterOpenAPI(openAPI);

        assertEquals(List.of(), form.getSecurity());
        assertFalse(form.getExtensions() != null && form.getExtensions().containsKey("x-roles"));
        assertFalse(form.getResponses().hasAPIResponse("401"), "no token, no 401");
        assertTrue(
                form.getResponses().hasAPIResponse("400") && form.getResponses().hasAPIResponse("413"));
        assertTrue(form.getDescription().contains("**Public:**"));
    }

    @Test
    void enumQueryParametersSayTheyIgnoreCaseAndTheSharedOnesAreDescribed() {
        Parameter status = OASFactory.createParameter()
                .name("status")
                .in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().ref("LeadStatus"));
        Parameter limit = OASFactory.createParameter().name("limit").in(Parameter.In.QUERY);
        Operation list = OASFactory.createOperation()
                .addParameter(status)
                .addParameter(limit)
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("A page")));
        OpenAPI openAPI = document("/api/v1/leads", OASFactory.createPathItem().GET(list));
        openAPI.getComponents()
                .addSchema("LeadStatus", OASFactory.createSchema().enumeration(List.of("NEW", "WORKING")));

        new ApiConventions().filterOpenAPI(openAPI);

        assertEquals(EnumParameters.NOTE, status.getDescription());
        assertTrue(limit.getDescription().startsWith("Page size, 1 to "), limit.getDescription());
        assertEquals("integer", limit.getSchema().getType().getFirst().toString());
    }

    private static OpenAPI document(String path, org.eclipse.microprofile.openapi.models.PathItem item) {
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents())
                .paths(OASFactory.createPaths().addPathItem(path, item));
    }
}
