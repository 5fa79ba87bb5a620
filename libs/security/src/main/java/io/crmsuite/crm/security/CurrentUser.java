package io.crmsuite.crm.security;

import java.util.Optional;
import java.util.Set;

/**
 * The caller as the token tells it: subject (the id used as owner), display name, team and region (Keycloak user
 * attributes mapped into the token), realm roles, and the OAuth client (for partners: the client id is the identity).
 */
public record CurrentUser(
        String subject,
        String username,
        String displayName,
        String team,
        String region,
        Set<String> roles,
        String clientId) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    public boolean isAuditor() {
        return has(Roles.AUDITOR);
    }

    public boolean isPartner() {
        return has(Roles.PARTNER);
    }

    public Optional<String> teamIfAny() {
        return Optional.ofNullable(team).filter(t -> !t.isBlank());
    }

    /** Who did it, for audit trails and "changedBy" fields: the username, or the client for a partner. */
    public String actor() {
        return isPartner() ? "client:" + clientId : username;
    }
}
