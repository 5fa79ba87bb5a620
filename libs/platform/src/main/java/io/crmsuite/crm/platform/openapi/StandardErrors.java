package io.crmsuite.crm.platform.openapi;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Which error statuses an operation can give by its shape alone (DESIGN §5), and the standard wording of each. An
 * operation declares its own further ones (409, 428, a 404 without a path id …) with {@code @APIResponse}.
 *
 * <ul>
 *   <li>400: it reads a body, a query parameter or a header (each can be invalid);
 *   <li>401 and 403: it needs a token (no valid token; a role that may not call it);
 *   <li>404: it has a path parameter (no such record, or one the caller may not see);
 *   <li>412: it takes {@code If-Match}; 422: it takes {@code Idempotency-Key};
 *   <li>413 and 415: it reads a body (too large; another media type);
 *   <li>429 and 503: always (the gateway's rate limits; a service or dependency down, both with Retry-After).
 * </ul>
 */
final class StandardErrors {
    static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(
                    "400", "Invalid input: the problem's `errors` name each invalid field, query parameter or header"),
            Map.entry("401", "No valid bearer token (missing, expired, tampered, another issuer or audience)"),
            Map.entry("403", "The caller's roles do not allow this operation"),
            Map.entry("404", "No such record, or one the caller may not see"),
            Map.entry("409", "The request conflicts with the record's state"),
            Map.entry("412", "`If-Match` does not match the record's current ETag: read it again"),
            Map.entry("413", "The body is larger than this operation accepts"),
            Map.entry("415", "The body's Content-Type is not one this operation accepts"),
            Map.entry("422", "`Idempotency-Key` already used with another body"),
            Map.entry("428", "`If-Match` is required: send the ETag of the version you read"),
            Map.entry("429", "Rate limited by the gateway: retry after `Retry-After` seconds"),
            Map.entry("503", "A service or one of its dependencies is unavailable: retry after `Retry-After` seconds"));

    private StandardErrors() {}

    /** The statuses the operation's shape implies, in order. */
    static TreeMap<String, String> implied(Operation operation, boolean secured) {
        boolean body = operation.getRequestBody() != null;
        boolean pathId = has(operation, Parameter.In.PATH, null);
        boolean queryOrHeader = has(operation, Parameter.In.QUERY, null) || has(operation, Parameter.In.HEADER, null);
        TreeMap<String, String> statuses = new TreeMap<>();
        put(statuses, "400", body || queryOrHeader);
        put(statuses, "401", secured);
        put(statuses, "403", secured);
        put(statuses, "404", pathId);
        put(statuses, "412", has(operation, Parameter.In.HEADER, "If-Match"));
        put(statuses, "413", body);
        put(statuses, "415", body);
        put(statuses, "422", has(operation, Parameter.In.HEADER, "Idempotency-Key"));
        put(statuses, "429", true);
        put(statuses, "503", true);
        return statuses;
    }

    static String description(String status) {
        return DESCRIPTIONS.getOrDefault(status, "See the problem's detail");
    }

    private static void put(Map<String, String> statuses, String status, boolean applies) {
        if (applies) {
            statuses.put(status, description(status));
        }
    }

    private static boolean has(Operation operation, Parameter.In in, String name) {
        if (operation.getParameters() == null) {
            return false;
        }
        return operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == in && (name == null || name.equalsIgnoreCase(p.getName())));
    }
}
