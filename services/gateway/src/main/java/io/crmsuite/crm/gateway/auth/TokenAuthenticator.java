package io.crmsuite.crm.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.Tenant;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token against the realm's published keys — signature, issuer, audience {@code crm-api}, expiry —
 * with Quarkus OIDC's token verification (keys fetched and cached without blocking; settings from libs/security). The
 * gateway calls it itself, so that every failure becomes the gateway's own problem+json 401.
 */
@ApplicationScoped
public class TokenAuthenticator {
    private static final String BEARER = "bearer ";
    private final TenantIdentityProvider identities;
    private final Cache<String, Verified> verified;
    private final long graceSeconds;

    public TokenAuthenticator(
            @Tenant(OidcUtils.DEFAULT_TENANT_ID) TenantIdentityProvider identities,
            @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") long graceSeconds,
            @ConfigProperty(name = "crm.gateway.token-cache.ttl", defaultValue = "30s") Duration cacheTtl) {
        this.identities = identities;
        this.graceSeconds = graceSeconds;
        this.verified = Caffeine.newBuilder()
                .maximumSize(50_000)
                .expireAfterWrite(cacheTtl)
                .build();
    }

    /** The token of an {@code Authorization: Bearer …} header, if the header has that form. */
    public static Optional<String> bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()) {
            return Optional.empty();
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** The caller of a valid token; a failed Uni (InvalidTokenException) for any invalid one. */
    public Uni<Caller> authenticate(String token, String ip) {
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            if (Instant.now().getEpochSecond() <= known.expiresAt() + graceSeconds) {
                return Uni.createFrom().item(known.caller().from(ip));
            }
            verified.invalidate(token);
            return Uni.createFrom().failure(new InvalidTokenException(new IllegalStateException("expired")));
        }
        return identities
                .authenticate(new AccessTokenCredential(token))
                .onFailure()
                .transform(failure -> new InvalidTokenException(failure))
                .map(identity -> remember(token, identity))
                .map(caller -> caller.from(ip));
    }

    /**
     * A token verified once is trusted until it expires, for at most {@code crm.gateway.token-cache.ttl} (30 s): the
     * signature check is the gateway's main cost per request. Tokens are checked locally in any case (no
     * introspection), so the cache changes nothing about revocation; expiry is still checked on every request.
     */
    private Caller remember(String token, SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw new InvalidTokenException(new IllegalStateException("not a JWT"));
        }
        String username = jwt.getClaim("preferred_username");
        String clientId = jwt.getClaim("azp");
        Caller caller = new Caller(jwt.getSubject(), username, clientId, identity.getRoles(), null, token);
        verified.put(token, new Verified(caller, jwt.getExpirationTime()));
        return caller;
    }

    private record Verified(Caller caller, long expiresAt) {}

    /** The token was refused: malformed, badly signed, expired, from another issuer or for another audience. */
    public static final class InvalidTokenException extends RuntimeException {
        InvalidTokenException(Throwable cause) {
            super("invalid token", cause);
        }
    }
}
