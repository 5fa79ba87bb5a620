package io.crmsuite.crm.security.tokens;

import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies the bearer token of a service request through a {@link VerifiedTokenCache}: ahead of Quarkus OIDC's own
 * provider (higher priority), with exactly its checks on the first use of a token, and from memory on the following
 * requests with the same token until it expires (at most {@code crm.security.token-cache.ttl}, 30 s). The identity
 * carries its {@link CurrentUser}, read from the claims once.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    private final VerifiedTokenCache<SecurityIdentity> tokens;

    public CachedTokenIdentityProvider(
            TenantIdentityProvider identities, // without @Tenant: the default tenant's (quarkus.oidc.*)
            @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") long graceSeconds,
            @ConfigProperty(name = "crm.security.token-cache.ttl", defaultValue = "30s") Duration ttl) {
        this.tokens = new VerifiedTokenCache<>(
                identities, CachedTokenIdentityProvider::withUser, ttl, graceSeconds, Clock.systemUTC());
    }

    /** QuarkusSecurityIdentity's builder is the documented way to extend an identity (no public interface does it). */
    private static SecurityIdentity withUser(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(CurrentUser.class.getName(), CallerIdentity.fromIdentity(identity))
                .build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Ahead of the OIDC provider (the default priority, 1001), which is then only asked for credentials other than
     * access tokens.
     */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential credential)) {
            return Uni.createFrom().nullItem();
        }
        return tokens.verify(credential.getToken());
    }
}
