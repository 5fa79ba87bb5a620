package io.crmsuite.crm.security.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens verified once by Quarkus OIDC (signature against the realm's keys, issuer, audience, expiry) and then
 * trusted until they expire, for at most {@code ttl}: the signature check is the largest cost of a small request.
 * Tokens are checked locally in any case (no introspection), so the cache changes nothing about revocation; expiry
 * (with the configured lifespan grace) is still checked on every use. What is remembered per token is the caller's
 * choice ({@code remember}), e.g. the identity itself or a record made from it.
 */
public final class VerifiedTokenCache<T> {
    private final TenantIdentityProvider identities;
    private final Function<SecurityIdentity, T> remember;
    private final Cache<String, Verified<T>> verified;
    private final long graceSeconds;
    private final Clock clock;

    public VerifiedTokenCache(
            TenantIdentityProvider identities,
            Function<SecurityIdentity, T> remember,
            Duration ttl,
            long graceSeconds,
            Clock clock) {
        this.identities = identities;
        this.remember = remember;
        this.graceSeconds = graceSeconds;
        this.clock = clock;
        // upkeep (eviction, expiry) runs on the calling thread, amortised over the reads: on Caffeine's default pool it
        // woke a ForkJoin thread every few requests, a context switch each on a busy event loop
        this.verified = Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumSize(50_000)
                .expireAfterWrite(ttl)
                .build();
    }

    /**
     * What was remembered for a token verified earlier and not yet expired, without going through a Uni (the common
     * case on a busy path); empty when the token must go through {@link #verify}.
     */
    public Optional<T> recall(String token) {
        Verified<T> known = verified.getIfPresent(token);
        return known != null && clock.instant().getEpochSecond() <= known.expiresAt() + graceSeconds
                ? Optional.of(known.value())
                : Optional.empty();
    }

    /** What was remembered for a valid token; a failed Uni ({@link AuthenticationFailedException}) otherwise. */
    public Uni<T> verify(String token) {
        Verified<T> known = verified.getIfPresent(token);
        if (known != null) {
            if (clock.instant().getEpochSecond() <= known.expiresAt() + graceSeconds) {
                return Uni.createFrom().item(known.value());
            }
            verified.invalidate(token);
            return Uni.createFrom().failure(new AuthenticationFailedException("the token has expired"));
        }
        return identities.authenticate(new AccessTokenCredential(token)).map(identity -> {
            if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
                throw new AuthenticationFailedException("not a JWT");
            }
            T value = remember.apply(identity);
            verified.put(token, new Verified<>(value, jwt.getExpirationTime()));
            return value;
        });
    }

    private record Verified<T>(T value, long expiresAt) {}
}
