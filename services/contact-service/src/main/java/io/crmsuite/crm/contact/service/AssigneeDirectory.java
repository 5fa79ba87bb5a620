package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.directory.DirectoryUser;
import io.crmsuite.crm.directory.UserDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A task assignee's email address by Keycloak subject, from the shared user directory (libs/directory, cached for
 * {@code crm.directory.cache-ttl}). An unknown or disabled user, or one without an address, is an empty answer; a
 * failing Keycloak is a failure (the reminder mail is tried again on a later scan).
 */
@ApplicationScoped
public class AssigneeDirectory {
    private final UserDirectory users;

    public AssigneeDirectory(UserDirectory users) {
        this.users = users;
    }

    public Uni<Optional<String>> email(String subject) {
        return users.user(subject)
                .map(user -> user.filter(DirectoryUser::enabled).map(DirectoryUser::email));
    }
}
