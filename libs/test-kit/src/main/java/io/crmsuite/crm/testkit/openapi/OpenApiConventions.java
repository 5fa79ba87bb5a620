package io.crmsuite.crm.testkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's OpenAPI conventions, as checks over the documents (what partners read), independent of how a service
 * produces them. {@link #violations} lists every breach, one line each, naming the document and the operation.
 *
 * <p>Per operation: an operationId (unique across all documents), a summary and a description; tags naming resources
 * ("Leads", "Lead imports"), never a Java class ("Lead Resource"); a 2xx with its schema (201 with a {@code Location}
 * header where the created record has its own URL, i.e. a {@code GET <path>/{id}} exists); every error status its shape
 * implies (400 for a body, a query parameter or a header; 401/403 when secured; 404 for a path parameter; 412 for
 * {@code If-Match}; 413/415 for a body; 422 for {@code Idempotency-Key}; 429 and 503 always), each error with the
 * RFC 9457 problem schema as {@code application/problem+json}; an example for every request body media type; query and
 * header parameters described; security: either public (an empty {@code security} list) or both OAuth2 schemes with
 * its realm roles in {@code x-roles} (roles of the realm file) and in the description.
 *
 * <p>Per document set (what the gateway merges into one): both OAuth2 schemes and the problem schema declared by some
 * document, every {@code $ref} resolvable in the merged document, and a component declared by two documents identical
 * in both.
 */
public final class OpenApiConventions {
    static final String WEB = "crmWeb";
    static final String CLIENT_CREDENTIALS = "clientCredentials";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final Pattern TAG = Pattern.compile("[A-Z0-9][A-Za-z0-9]*( [A-Za-z0-9]+)*");
    private static final Set<String> PROBLEM_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "errors", "requestId");

    private OpenApiConventions() {}

    /** Every breach of the conventions in {@code documents}; empty when they follow them. */
    public static List<String> violations(ApiDocuments documents) {
        List<String> violations = new ArrayList<>();
        Set<String> realmRoles = realmRoles();
        Map<String, String> operationIds = new HashMap<>();
        List<ApiOperation> operations = documents.operations();
        Set<String> paths = new HashSet<>();
        operations.forEach(op -> paths.add(op.method() + " " + op.path()));
        for (ApiOperation operation : operations) {
            String where = operation.document() + ": " + operation.key() + ": ";
            String id = operation.node().path("operationId").asText("");
            if (id.isBlank()) {
                violations.add(where + "no operationId");
            } else if (operationIds.putIfAbsent(id, operation.key()) != null) {
                violations.add(where + "operationId " + id + " also names " + operationIds.get(id));
            }
            for (String text : List.of("summary", "description")) {
                if (operation.node().path(text).asText("").isBlank()) {
                    violations.add(where + "no " + text);
                }
            }
            tags(operation, where, violations);
            success(operation, where, paths, violations);
            errors(operation, where, violations);
            examples(operation, where, violations);
            parameters(operation, where, violations);
            security(operation, where, realmRoles, violations);
        }
        documentLevel(documents, violations);
        return violations;
    }

    private static void tags(ApiOperation operation, String where, List<String> violations) {
        JsonNode tags = operation.node().path("tags");
        if (!tags.isArray() || tags.isEmpty()) {
            violations.add(where + "no tag");
        }
        tags.forEach(tag -> {
            String name = tag.asText();
            if (!TAG.matcher(name).matches() || name.endsWith(" Resource") || name.endsWith("Resource")) {
                violations.add(where + "tag \"" + name + "\" does not name a resource (e.g. \"Lead imports\")");
            }
        });
    }

    private static void success(ApiOperation operation, String where, Set<String> paths, List<String> violations) {
        List<String> successes =
                operation.statuses().stream().filter(s -> s.startsWith("2")).toList();
        if (successes.isEmpty()) {
            violations.add(where + "no 2xx response");
        }
        for (String status : successes) {
            JsonNode response = operation.response(status);
            if (response.path("description").asText("").isBlank()) {
                violations.add(where + status + " has no description");
            }
            if (!status.equals("204") && !hasSchema(response.path("content"))) {
                violations.add(where + status + " has no schema");
            }
        }
        boolean ownUrl = paths.stream()
                .anyMatch(p -> p.startsWith("GET " + operation.path() + "/{")
                        && p.indexOf('/', ("GET " + operation.path() + "/").length()) < 0);
        if (successes.contains("201")
                && ownUrl
                && !operation.response("201").path("headers").has("Location")) {
            violations.add(where + "201 without a Location header");
        }
    }

    /** The statuses an operation's shape implies (see the class comment). */
    static Set<String> impliedErrors(ApiOperation operation) {
        Set<String> implied = new LinkedHashSet<>();
        boolean body = operation.hasBody();
        boolean queryOrHeader = !operation.parameters("query").isEmpty()
                || !operation.parameters("header").isEmpty();
        if (body || queryOrHeader) {
            implied.add("400");
        }
        if (!operation.isPublic()) {
            implied.add("401");
            implied.add("403");
        }
        if (!operation.parameters("path").isEmpty()) {
            implied.add("404");
        }
        if (operation.hasParameter("header", "If-Match")) {
            implied.add("412");
        }
        if (body) {
            implied.add("413");
            implied.add("415");
        }
        if (operation.hasParameter("header", "Idempotency-Key")) {
            implied.add("422");
        }
        implied.add("429");
        implied.add("503");
        return implied;
    }

    private static void errors(ApiOperation operation, String where, List<String> violations) {
        for (String status : impliedErrors(operation)) {
            if (!operation.statuses().contains(status)) {
                violations.add(where + "does not declare " + status);
            }
        }
        for (String status : operation.statuses()) {
            if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode response = operation.response(status);
                JsonNode problem = response.path("content").path(PROBLEM_MEDIA_TYPE);
                if (!problem.path("schema").path("$ref").asText("").endsWith("/Problem")) {
                    violations.add(where + status + " is not an application/problem+json Problem");
                }
                if (response.path("description").asText("").isBlank()) {
                    violations.add(where + status + " has no description");
                }
            }
        }
    }

    private static void examples(ApiOperation operation, String where, List<String> violations) {
        JsonNode content = operation.node().path("requestBody").path("content");
        for (String mediaType : operation.bodyMediaTypes()) {
            JsonNode type = content.path(mediaType);
            boolean example = type.has("example")
                    || (type.has("examples") && !type.path("examples").isEmpty());
            if (!example) {
                violations.add(where + "the " + mediaType + " body has no example");
            }
        }
    }

    private static void parameters(ApiOperation operation, String where, List<String> violations) {
        for (String in : List.of("query", "header")) {
            for (JsonNode parameter : operation.parameters(in)) {
                if (parameter.path("description").asText("").isBlank()) {
                    violations.add(
                            where + in + " parameter " + parameter.path("name").asText() + " is not described");
                }
            }
        }
    }

    private static void security(
            ApiOperation operation, String where, Set<String> realmRoles, List<String> violations) {
        JsonNode security = operation.node().get("security");
        if (security == null || !security.isArray()) {
            violations.add(where + "no security: list both OAuth2 schemes, or none for a public operation");
            return;
        }
        if (operation.isPublic()) {
            if (operation.node().has("x-roles")) {
                violations.add(where + "public but lists x-roles");
            }
            return;
        }
        Set<String> schemes = new HashSet<>();
        security.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
        if (!schemes.equals(Set.of(WEB, CLIENT_CREDENTIALS))) {
            violations.add(where + "security schemes " + schemes + " instead of " + WEB + " and " + CLIENT_CREDENTIALS);
        }
        List<String> roles = operation.roles();
        if (roles.isEmpty()) {
            violations.add(where + "secured but lists no x-roles");
        }
        String description = operation.node().path("description").asText("");
        for (String role : roles) {
            if (!realmRoles.contains(role)) {
                violations.add(where + "x-roles names " + role + ", not a realm role");
            }
            if (!description.contains("`" + role + "`")) {
                violations.add(where + "the description does not name role " + role);
            }
        }
    }

    private static void documentLevel(ApiDocuments documents, List<String> violations) {
        Map<String, Map<String, JsonNode>> components = new HashMap<>();
        Map<String, String> declaredBy = new HashMap<>();
        for (String scheme : List.of(WEB, CLIENT_CREDENTIALS)) {
            if (documents.documents().values().stream()
                    .noneMatch(root ->
                            root.path("components").path("securitySchemes").has(scheme))) {
                violations.add("no document declares the security scheme " + scheme);
            }
        }
        documents.documents().forEach((name, root) -> {
            for (String kind : List.of("schemas", "securitySchemes")) {
                JsonNode declared = root.path("components").path(kind);
                for (Iterator<String> it = declared.fieldNames(); it.hasNext(); ) {
                    String component = it.next();
                    JsonNode earlier = components
                            .computeIfAbsent(kind, k -> new HashMap<>())
                            .putIfAbsent(component, declared.get(component));
                    String first = declaredBy.putIfAbsent(kind + "." + component, name);
                    if (earlier != null && !earlier.equals(declared.get(component))) {
                        violations.add(name + ": " + kind + "." + component + " differs from " + first
                                + "'s (the gateway merges them into one: rename one)");
                    }
                }
            }
            refs(root, name, documents, violations);
        });
        oauth(documents, violations);
        JsonNode problem = documents.schema("Problem");
        if (problem == null) {
            violations.add("no document declares the Problem schema");
        } else {
            Set<String> members = new HashSet<>();
            problem.path("properties").fieldNames().forEachRemaining(members::add);
            if (!members.equals(PROBLEM_MEMBERS)) {
                violations.add("Problem declares " + members + " instead of " + PROBLEM_MEMBERS);
            }
        }
    }

    private static void oauth(ApiDocuments documents, List<String> violations) {
        for (Map.Entry<String, JsonNode> entry : documents.documents().entrySet()) {
            JsonNode schemes = entry.getValue().path("components").path("securitySchemes");
            JsonNode web = schemes.path(WEB).path("flows").path("authorizationCode");
            JsonNode client = schemes.path(CLIENT_CREDENTIALS).path("flows").path("clientCredentials");
            if (schemes.has(WEB)
                    && (web.path("authorizationUrl").asText("").isBlank()
                            || web.path("tokenUrl").asText("").isBlank())) {
                violations.add(entry.getKey() + ": " + WEB + " is not an authorization code flow with its URLs");
            }
            if (schemes.has(CLIENT_CREDENTIALS)
                    && client.path("tokenUrl").asText("").isBlank()) {
                violations.add(entry.getKey() + ": " + CLIENT_CREDENTIALS + " is not a client credentials flow");
            }
        }
    }

    private static void refs(JsonNode node, String document, ApiDocuments documents, List<String> violations) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                String target = ref.asText();
                String prefix = "#/components/schemas/";
                if (!target.startsWith(prefix) || documents.schema(target.substring(prefix.length())) == null) {
                    violations.add(document + ": $ref " + target + " resolves in no document");
                }
            }
            node.elements().forEachRemaining(child -> refs(child, document, documents, violations));
        } else if (node.isArray()) {
            node.forEach(child -> refs(child, document, documents, violations));
        }
    }

    private static boolean hasSchema(JsonNode content) {
        for (JsonNode mediaType : content) {
            if (mediaType.has("schema")) {
                return true;
            }
        }
        return false;
    }

    /** The realm roles of deploy/keycloak/crm-realm.json. */
    static Set<String> realmRoles() {
        try {
            JsonNode realm = new ObjectMapper()
                    .readTree(ApiDocuments.repositoryRoot()
                            .resolve("deploy/keycloak/crm-realm.json")
                            .toFile());
            Set<String> roles = new HashSet<>();
            realm.path("roles")
                    .path("realm")
                    .forEach(role -> roles.add(role.path("name").asText()));
            return roles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
