package io.crmsuite.crm.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The generic half of the project's OpenAPI conventions, applied to every service's document at build time (the
 * per-operation half — operationId, summary, description, tags, success status, examples, specific errors — is
 * MicroProfile OpenAPI annotations on the resources):
 *
 * <ul>
 *   <li>security: the OAuth2 schemes of {@link SecuritySchemes}; every secured operation accepts either and lists the
 *       realm roles its {@code @RolesAllowed} names in {@code x-roles} and in its description; a public operation
 *       says so with an empty {@code security} list;
 *   <li>success: the headers every service sets the same way ({@link SuccessHeaders}) described once;
 *   <li>errors: the {@link ProblemSchema} on every 4xx/5xx response, and the statuses of {@link StandardErrors} the
 *       operation's shape implies, with their standard wording;
 *   <li>parameters: the shared ones ({@link StandardParameters}) described once; enumerated query parameters say that
 *       they ignore case.
 * </ul>
 *
 * Roles come from what Quarkus derives from {@code @RolesAllowed} (the security requirement it adds under its own
 * scheme, {@code quarkus.smallrye-openapi.security-scheme-name}), which runs before this filter.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiConventions implements OASFilter {
    static final String ROLES = "x-roles";
    static final String ISSUER_PROPERTY = "crm.openapi.issuer";
    static final String DEFAULT_ISSUER = "http://127.0.0.1:8180/realms/crm";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var config = ConfigProvider.getConfig();
        String quarkusScheme = config.getOptionalValue("quarkus.smallrye-openapi.security-scheme-name", String.class)
                .orElse("SecurityScheme");
        String issuer = config.getOptionalValue(ISSUER_PROPERTY, String.class).orElse(DEFAULT_ISSUER);
        StandardParameters parameters = new StandardParameters(config);
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                item.getOperations().values().forEach(operation -> {
                    parameters.describe(operation);
                    apply(operation, quarkusScheme, components);
                });
            }
        }
        if (components.getSecuritySchemes() != null) {
            components.removeSecurityScheme(quarkusScheme);
        }
        SecuritySchemes.addTo(components, issuer);
        ProblemSchema.addTo(components);
    }

    private static void apply(Operation operation, String quarkusScheme, Components components) {
        List<String> roles = roles(operation, quarkusScheme);
        boolean secured = roles != null;
        if (secured) {
            operation.setSecurity(List.of(
                    OASFactory.createSecurityRequirement().addScheme(SecuritySchemes.WEB, List.of()),
                    OASFactory.createSecurityRequirement().addScheme(SecuritySchemes.CLIENT_CREDENTIALS, List.of())));
            operation.addExtension(ROLES, roles);
            appendToDescription(
                    operation,
                    roles.isEmpty()
                            ? "**Roles:** any authenticated caller."
                            : "**Roles:** "
                                    + String.join(
                                            ", ",
                                            roles.stream()
                                                    .map(r -> "`" + r + "`")
                                                    .toList()) + ".");
        } else {
            operation.setSecurity(new ArrayList<>());
            appendToDescription(operation, "**Public:** no token needed.");
        }
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        StandardErrors.implied(operation, secured).forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach(ApiConventions::asProblem);
        responses.setAPIResponses(new java.util.TreeMap<>(responses.getAPIResponses())); // by status, for readers
        EnumParameters.noteCaseInsensitivity(operation, components);
    }

    /** The roles Quarkus found for the operation, or null when it is public. */
    private static List<String> roles(Operation operation, String quarkusScheme) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            Map<String, List<String>> schemes = requirement.getSchemes();
            if (schemes != null && schemes.get(quarkusScheme) != null) {
                schemes.get(quarkusScheme).stream()
                        .filter(r -> !roles.contains(r))
                        .forEach(roles::add);
            }
        }
        return roles;
    }

    private static void asProblem(String status, APIResponse response) {
        if (status.startsWith("2") || status.startsWith("3") || "default".equals(status)) {
            SuccessHeaders.describe(response);
            return;
        }
        if (response.getDescription() == null
                || response.getDescription().isBlank()
                || List.of("Not Authorized", "Not Allowed", "Bad Request").contains(response.getDescription())) {
            response.setDescription(StandardErrors.description(status));
        }
        if (response.getContent() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent()
                    .addMediaType(
                            ProblemSchema.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(ProblemSchema.reference())));
        }
        if (("429".equals(status) || "503".equals(status))
                && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            response.addHeader("Retry-After", retryAfter());
        }
    }

    private static Header retryAfter() {
        return OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    }

    private static void appendToDescription(Operation operation, String sentence) {
        String description = operation.getDescription();
        operation.setDescription(
                description == null || description.isBlank() ? sentence : description + "\n\n" + sentence);
    }
}
