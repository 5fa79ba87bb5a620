package io.crmsuite.crm.directory;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Settings of the user directory ({@code crm.directory.*}); defaults in this module's microprofile-config.properties. */
@ConfigMapping(prefix = "crm.directory")
public interface DirectorySettings {
    /** Keycloak's base URL. */
    String url();

    String realm();

    /** The confidential client whose service account reads users (realm-management view-users). */
    String clientId();

    String clientSecret();

    /** How long a user, or the members of a role, are used before they are read again. */
    Duration cacheTtl();
}
