package io.crmsuite.crm.rest.idempotency;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Locale;

/**
 * Where an Idempotency-Key is unique: the caller, the HTTP method and the route template ({@code /api/v1/leads}, not
 * the concrete path). The same key sent by two callers, or to two routes, names two different requests.
 */
public record IdempotencyScope(String caller, String method, String route) {
    static final int MAX_LENGTH = 1000;
    public static final String ANONYMOUS = "anonymous";

    public IdempotencyScope {
        requireText(caller, "caller");
        requireText(method, "method");
        requireText(route, "route");
        method = method.toUpperCase(Locale.ROOT);
        if (caller.length() + method.length() + route.length() + 2 > MAX_LENGTH) {
            throw new IllegalArgumentException("idempotency scope longer than " + MAX_LENGTH + " characters");
        }
    }

    /** The scope of the authenticated caller (its principal name), or of {@code anonymous}. */
    public static IdempotencyScope of(SecurityIdentity identity, String method, String route) {
        String caller = identity == null || identity.isAnonymous()
                ? ANONYMOUS
                : identity.getPrincipal().getName();
        return new IdempotencyScope(caller, method, route);
    }

    /** The stored form: {@code caller METHOD route}. */
    public String value() {
        return caller + " " + method + " " + route;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("idempotency scope needs a " + name);
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("idempotency scope " + name + " has control characters");
        }
    }
}
