package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.repository.KeycloakUsersClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A user's email address by Keycloak subject, from Keycloak's admin API, cached for
 * {@code crm.contact.directory.cache-ttl}. An unknown or disabled user, or one without an address, is an empty answer
 * (cached too); a failing Keycloak is a failure (not cached).
 */
@ApplicationScoped
public class AssigneeDirectory {
    private static final int MAX_ENTRIES = 10_000;

    private final KeycloakUsersClient users;
    private final String realm;
    private final Duration ttl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public AssigneeDirectory(@RestClient KeycloakUsersClient users, ContactSettings settings) {
        this.users = users;
        this.realm = settings.directory().realm();
        this.ttl = settings.directory().cacheTtl();
    }

    private record Cached(Optional<String> email, Instant expires) {}

    public Uni<Optional<String>> email(String subject) {
        Instant now = Instant.now();
        Cached hit = cache.get(subject);
        if (hit != null && hit.expires().isAfter(now)) {
            return Uni.createFrom().item(hit.email());
        }
        return users.user(realm, subject)
                .map(user -> Optional.ofNullable(
                                user == null || Boolean.FALSE.equals(user.enabled()) ? null : user.email())
                        .filter(email -> !email.isBlank()))
                .onFailure(AssigneeDirectory::notFound)
                .recoverWithItem(Optional.empty())
                .invoke(email -> {
                    if (cache.size() >= MAX_ENTRIES) {
                        cache.clear();
                    }
                    cache.put(subject, new Cached(email, now.plus(ttl)));
                });
    }

    private static boolean notFound(Throwable failure) {
        return failure instanceof WebApplicationException e
                && e.getResponse() != null
                && e.getResponse().getStatus() == 404;
    }
}
