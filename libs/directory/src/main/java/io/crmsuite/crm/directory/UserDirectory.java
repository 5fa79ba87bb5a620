package io.crmsuite.crm.directory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The realm's users, read from Keycloak's admin API and cached for {@code crm.directory.cache-ttl}.
 *
 * <ul>
 *   <li>{@link #user}: one user by subject; unknown is an empty answer (cached too); a failing Keycloak is a failure
 *       (not cached), for callers that can retry (a reminder is sent later).
 *   <li>{@link #withRole}: the enabled users holding a realm role directly, for callers that must never wait on or
 *       fail with the identity provider (routing a capture): after the first read, a stale list is answered at once
 *       and read again in the background; while Keycloak cannot be reached the last list stays in use (an empty one
 *       before any was read) and the read is tried again after {@link #RETRY}.
 * </ul>
 */
@ApplicationScoped
public class UserDirectory {
    static final Duration RETRY = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(UserDirectory.class);
    private static final int PAGE = 100;

    private final KeycloakDirectoryClient keycloak;
    private final String realm;
    private final long ttlNanos;
    private final Cache<String, Optional<DirectoryUser>> users;
    private final Map<String, RoleMembers> roles = new ConcurrentHashMap<>();

    public UserDirectory(@RestClient KeycloakDirectoryClient keycloak, DirectorySettings settings) {
        this.keycloak = keycloak;
        this.realm = settings.realm();
        this.ttlNanos = settings.cacheTtl().toNanos();
        this.users = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(settings.cacheTtl())
                .build();
    }

    public Uni<Optional<DirectoryUser>> user(String subject) {
        Optional<DirectoryUser> known = users.getIfPresent(subject);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return keycloak.user(realm, subject)
                .map(user -> Optional.ofNullable(user).map(DirectoryUser::of))
                .onFailure(UserDirectory::notFound)
                .recoverWithItem(Optional.empty())
                .invoke(found -> users.put(subject, found));
    }

    public Uni<List<DirectoryUser>> withRole(String role) {
        RoleMembers members = roles.computeIfAbsent(role, r -> new RoleMembers());
        List<DirectoryUser> known = members.list;
        if (known == null) {
            return read(role, members);
        }
        if (System.nanoTime() >= members.dueAt && members.reading.compareAndSet(false, true)) {
            read(role, members).subscribe().with(list -> {}, failure -> {});
        }
        return Uni.createFrom().item(known);
    }

    /** Reads the role's members into {@code members}; never fails (the last list, or an empty one, on failure). */
    private Uni<List<DirectoryUser>> read(String role, RoleMembers members) {
        return page(role, 0, new ArrayList<>())
                .invoke(list -> {
                    members.list = list;
                    members.dueAt = System.nanoTime() + ttlNanos;
                })
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf(
                            "The user directory could not read the members of %s (%s); the last list read is used"
                                    + " and the read is tried again in %d s",
                            role, failure.toString(), RETRY.toSeconds());
                    List<DirectoryUser> last = members.list == null ? List.of() : members.list;
                    members.list = last;
                    members.dueAt = System.nanoTime() + RETRY.toNanos();
                    return last;
                })
                .eventually(() -> members.reading.set(false));
    }

    private Uni<List<DirectoryUser>> page(String role, int first, List<DirectoryUser> found) {
        return keycloak.withRole(realm, role, first, PAGE, false).chain(page -> {
            page.stream().map(DirectoryUser::of).filter(DirectoryUser::enabled).forEach(found::add);
            return page.size() < PAGE ? Uni.createFrom().item(List.copyOf(found)) : page(role, first + PAGE, found);
        });
    }

    private static boolean notFound(Throwable failure) {
        return failure instanceof WebApplicationException e
                && e.getResponse() != null
                && e.getResponse().getStatus() == 404;
    }

    /** The last list read of one role's members and when to read it again. */
    private static final class RoleMembers {
        volatile List<DirectoryUser> list;
        volatile long dueAt;
        final AtomicBoolean reading = new AtomicBoolean();
    }
}
