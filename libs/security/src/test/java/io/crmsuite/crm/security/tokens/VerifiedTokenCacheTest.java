package io.crmsuite.crm.security.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** The cache in front of the real verification (here a stand-in that counts its calls). */
class VerifiedTokenCacheTest {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final long EXPIRES = NOW.getEpochSecond() + 60;

    final AtomicInteger verifications = new AtomicInteger();
    final TenantIdentityProvider realm = credential -> {
        verifications.incrementAndGet();
        if (credential.getToken().startsWith("bad")) {
            return Uni.createFrom().failure(new AuthenticationFailedException("signature"));
        }
        return Uni.createFrom().item(identity(credential.getToken()));
    };

    static SecurityIdentity identity(String subject) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setExpirationTime(NumericDate.fromSeconds(EXPIRES));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .build();
    }

    VerifiedTokenCache<String> cache(Instant now) {
        return new VerifiedTokenCache<>(
                realm,
                identity -> identity.getPrincipal().getName() + "@" + verifications.get(),
                Duration.ofSeconds(30),
                10,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The answer for the token; the stand-in answers at once, so a second is a generous bound. */
    static <T> T verified(VerifiedTokenCache<T> tokens, String token) {
        return tokens.verify(token).await().atMost(Duration.ofSeconds(1));
    }

    @Test
    void aTokenIsVerifiedOnceAndThenServedFromMemory() {
        VerifiedTokenCache<String> tokens = cache(NOW);
        String first = verified(tokens, "token-a");
        assertSame(first, verified(tokens, "token-a"));
        assertEquals(1, verifications.get());
        verified(tokens, "token-b");
        assertEquals(2, verifications.get(), "another token is verified on its own");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokenCache<String> tokens = cache(NOW);
        assertThrows(AuthenticationFailedException.class, () -> verified(tokens, "bad-token"));
        assertThrows(AuthenticationFailedException.class, () -> verified(tokens, "bad-token"));
        assertEquals(2, verifications.get());
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpiredBeyondTheGrace() {
        Instant[] now = {NOW};
        VerifiedTokenCache<String> tokens =
                new VerifiedTokenCache<>(realm, identity -> "ok", Duration.ofMinutes(10), 10, new Clock() {
                    @Override
                    public java.time.ZoneId getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }

                    @Override
                    public Instant instant() {
                        return now[0];
                    }
                });
        assertEquals(java.util.Optional.empty(), tokens.recall("token-c"), "not verified yet");
        verified(tokens, "token-c");
        now[0] = Instant.ofEpochSecond(EXPIRES + 10); // inside the grace
        assertEquals("ok", verified(tokens, "token-c"));
        assertEquals(java.util.Optional.of("ok"), tokens.recall("token-c"));
        now[0] = Instant.ofEpochSecond(EXPIRES + 11);
        assertEquals(java.util.Optional.empty(), tokens.recall("token-c"), "expired: back to verify, which refuses");
        assertThrows(AuthenticationFailedException.class, () -> verified(tokens, "token-c"));
        assertEquals(1, verifications.get(), "refused from memory, not by asking again");
    }
}
