package io.crmsuite.crm.testkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One operation of a document: {@code POST /api/v1/leads} with its OpenAPI object. */
public record ApiOperation(String document, String method, String path, JsonNode node) {

    /** {@code POST /api/v1/leads}: how RBAC.md and the tests name it. */
    public String key() {
        return method + " " + path;
    }

    public boolean isWrite() {
        return !"GET".equals(method);
    }

    /** No token needed: its {@code security} is an empty list. */
    public boolean isPublic() {
        JsonNode security = node.get("security");
        return security != null && security.isArray() && security.isEmpty();
    }

    /** The realm roles that may call it ({@code x-roles}); empty for a public operation. */
    public List<String> roles() {
        List<String> roles = new ArrayList<>();
        node.path("x-roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    /** Parameters of one kind ({@code path}, {@code query}, {@code header}). */
    public List<JsonNode> parameters(String in) {
        List<JsonNode> found = new ArrayList<>();
        node.path("parameters").forEach(p -> {
            if (in.equals(p.path("in").asText())) {
                found.add(p);
            }
        });
        return found;
    }

    public boolean hasParameter(String in, String name) {
        return parameters(in).stream().anyMatch(p -> p.path("name").asText().equalsIgnoreCase(name));
    }

    public boolean hasBody() {
        return node.has("requestBody");
    }

    /** The media types its body may have ({@code application/json}, {@code text/csv} …). */
    public List<String> bodyMediaTypes() {
        List<String> types = new ArrayList<>();
        node.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** The response statuses it declares, in order. */
    public Set<String> statuses() {
        Set<String> statuses = new TreeSet<>();
        for (Iterator<String> it = node.path("responses").fieldNames(); it.hasNext(); ) {
            statuses.add(it.next());
        }
        return statuses;
    }

    public JsonNode response(String status) {
        return node.path("responses").path(status);
    }
}
