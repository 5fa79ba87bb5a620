package io.crmsuite.crm.contact.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.crmsuite.crm.contact.client.KeycloakUsersClient;
import io.crmsuite.crm.contact.config.ContactSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A user's email address by Keycloak subject, from Keycloak's admin API, cached for
 * {@code crm.contact.directory.cache-ttl}. An unknown or disabled user, or one without an address, is an empty answer
 * (cached too); a failing Keycloak is a failure (not cached).
 */
@ApplicationScoped
public class AssigneeDirectory {
    private final KeycloakUsersClient users;
    private final String realm;
    private final Cache<String, Optional<String>> cache;

    public AssigneeDirectory(@RestClient KeycloakUsersClient users, ContactSettings settings) {
        this.users = users;
        this.realm = settings.directory().realm();
        this.cache = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(settings.directory().cacheTtl())
                .build();
    }

    public Uni<Optional<String>> email(String subject) {
        Optional<String> known = cache.getIfPresent(subject);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return users.user(realm, subject)
                .map(user -> Optional.ofNullable(
                                user == null || Boolean.FALSE.equals(user.enabled()) ? null : user.email())
                        .filter(email -> !email.isBlank()))
                .onFailure(AssigneeDirectory::notFound)
                .recoverWithItem(Optional.empty())
                .invoke(email -> cache.put(subject, email));
    }

    private static boolean notFound(Throwable failure) {
        return failure instanceof WebApplicationException e
                && e.getResponse() != null
                && e.getResponse().getStatus() == 404;
    }
}
