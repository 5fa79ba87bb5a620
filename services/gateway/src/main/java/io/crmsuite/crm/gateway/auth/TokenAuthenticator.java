package io.crmsuite.crm.gateway.auth;

import io.crmsuite.crm.security.tokens.VerifiedTokenCache;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
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
    private final VerifiedTokenCache<Caller> verified;

    public TokenAuthenticator(
            TenantIdentityProvider identities, // without @Tenant: the default tenant's (quarkus.oidc.*)
            @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") long graceSeconds,
            @ConfigProperty(name = "crm.gateway.token-cache.ttl", defaultValue = "30s") Duration cacheTtl) {
        // a token verified once is trusted until it expires, for at most crm.gateway.token-cache.ttl (30 s): the
        // signature check is the gateway's main cost per request; expiry is still checked on every request
        this.verified = new VerifiedTokenCache<>(
                identities, TokenAuthenticator::caller, cacheTtl, graceSeconds, Clock.systemUTC());
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

    /** The caller of a token verified earlier and still valid; empty when it must go through {@link #authenticate}. */
    public Optional<Caller> recall(String token, String ip) {
        return verified.recall(token).map(caller -> caller.from(ip));
    }

    /** The caller of a valid token; a failed Uni (InvalidTokenException) for any invalid one. */
    public Uni<Caller> authenticate(String token, String ip) {
        return verified.verify(token)
                .onFailure()
                .transform(InvalidTokenException::new)
                .map(caller -> caller.from(ip));
    }

    private static Caller caller(SecurityIdentity identity) {
        JsonWebToken jwt = (JsonWebToken) identity.getPrincipal(); // the cache only remembers JWT identities
        String username = jwt.getClaim("preferred_username");
        String clientId = jwt.getClaim("azp");
        return new Caller(jwt.getSubject(), username, clientId, identity.getRoles(), null, jwt.getRawToken());
    }

    /** The token was refused: malformed, badly signed, expired, from another issuer or for another audience. */
    public static final class InvalidTokenException extends RuntimeException {
        InvalidTokenException(Throwable cause) {
            super("invalid token", cause);
        }
    }
}
