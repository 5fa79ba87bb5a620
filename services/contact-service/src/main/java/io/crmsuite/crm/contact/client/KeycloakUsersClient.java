package io.crmsuite.crm.contact.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Keycloak's admin REST API, as far as the contact service uses it: one user by id (the token subject), read with the
 * service account of client {@code crm-contact-service} (realm-management {@code view-users}; token from the OIDC
 * client, {@code quarkus.oidc-client.*}).
 */
@RegisterRestClient(configKey = "keycloak-directory")
@OidcClientFilter
@Path("/admin/realms")
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakUsersClient {

    /** The fields used of Keycloak's UserRepresentation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, String email, Boolean enabled) {}

    @GET
    @Path("/{realm}/users/{id}")
    Uni<User> user(@RestPath String realm, @RestPath String id);
}
