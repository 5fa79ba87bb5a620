package io.crmsuite.crm.gateway.auth;

import io.crmsuite.crm.security.Roles;
import java.util.Set;

/**
 * Who is calling, as far as the gateway needs to know: the token's subject and username, the OAuth client it was issued
 * to ({@code azp}) and the realm roles. {@link #anonymous(String)} for public routes without a token.
 */
public record Caller(String subject, String username, String clientId, Set<String> roles, String ip, String token) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller anonymous(String ip) {
        return new Caller(null, null, null, Set.of(), ip, null);
    }

    /** The same caller, calling from {@code address}. */
    public Caller from(String address) {
        return new Caller(subject, username, clientId, roles, address, token);
    }

    public boolean authenticated() {
        return subject != null;
    }

    public boolean isPartner() {
        return roles.contains(Roles.PARTNER);
    }

    /** For the access log: the username, the client id of a partner, or the IP of an anonymous caller. */
    public String label() {
        if (!authenticated()) {
            return "ip:" + ip;
        }
        if (isPartner() && clientId != null) {
            return "client:" + clientId;
        }
        return username != null ? username : subject;
    }

    @Override
    public String toString() {
        return "Caller[" + label() + ", roles=" + roles + "]"; // never the token
    }
}
