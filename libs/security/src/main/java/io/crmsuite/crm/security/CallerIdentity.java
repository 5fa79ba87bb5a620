package io.crmsuite.crm.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Request-scoped access to the {@link CurrentUser} of the verified bearer token. */
@RequestScoped
public class CallerIdentity {
    private final SecurityIdentity identity;

    public CallerIdentity(SecurityIdentity identity) {
        this.identity = identity;
    }

    public CurrentUser current() {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        CurrentUser known = identity.getAttribute(CurrentUser.class.getName());
        return known != null ? known : fromIdentity(identity);
    }

    public static CurrentUser fromIdentity(SecurityIdentity identity) {
        Set<String> roles = identity.getRoles();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String username = claim(jwt, "preferred_username", jwt.getName());
            String displayName = claim(jwt, "name", username);
            return new CurrentUser(
                    jwt.getSubject(),
                    username,
                    displayName,
                    claim(jwt, "team", null),
                    claim(jwt, "region", null),
                    roles,
                    claim(jwt, "azp", null));
        }
        String name = identity.getPrincipal().getName();
        return new CurrentUser(name, name, name, null, null, roles, null);
    }

    private static String claim(JsonWebToken jwt, String name, String fallback) {
        Object value = jwt.getClaim(name);
        return value == null ? fallback : value.toString().replaceAll("^\"|\"$", "");
    }
}
