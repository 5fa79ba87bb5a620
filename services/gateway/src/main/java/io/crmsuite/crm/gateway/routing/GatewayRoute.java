package io.crmsuite.crm.gateway.routing;

import java.time.Duration;
import java.util.Set;

/** One configured route: a path prefix, the upstream that owns it and the protections applied to it. */
public record GatewayRoute(
        String name,
        String prefix,
        String upstream,
        boolean isPublic,
        Set<String> roles,
        Duration timeout,
        int retries,
        long maxBodyBytes) {

    public GatewayRoute {
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("route " + name + ": prefix must start and not end with '/': " + prefix);
        }
        roles = Set.copyOf(roles);
    }

    /** True when {@code path} is the prefix or lies under it on a segment boundary. */
    public boolean matches(String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    /** True when the caller's roles satisfy the route (no roles configured = any authenticated caller). */
    public boolean admits(Set<String> callerRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(callerRoles::contains);
    }
}
