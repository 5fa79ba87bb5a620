package io.crmsuite.crm.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Keycloak's admin REST API, as far as the directory reads it, with the service account of the client
 * {@code crm.directory.client-id} (token from the OIDC client, {@code quarkus.oidc-client.*}).
 */
@RegisterRestClient(configKey = "keycloak-directory")
@OidcClientFilter
@Path("/admin/realms")
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakDirectoryClient {

    /** The fields read of Keycloak's UserRepresentation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, String email, Boolean enabled, Map<String, List<String>> attributes) {}

    @GET
    @Path("/{realm}/users/{id}")
    Uni<User> user(@RestPath String realm, @RestPath String id);

    /** Users holding the realm role directly, a page at a time, with their attributes. */
    @GET
    @Path("/{realm}/roles/{role}/users")
    Uni<List<User>> withRole(
            @RestPath String realm,
            @RestPath String role,
            @RestQuery int first,
            @RestQuery int max,
            @RestQuery boolean briefRepresentation);
}
