package io.crmsuite.crm.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only resource: shows what the library reads from a real token. */
@Path("/whoami")
public class WhoAmIResource {
    private final CallerIdentity caller;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public WhoAmIResource(CallerIdentity caller, io.quarkus.security.identity.SecurityIdentity identity) {
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @Authenticated
    public CurrentUser whoAmI() {
        return caller.current();
    }

    /** Whether the request's identity came through the verified-token cache (it carries its CurrentUser). */
    @GET
    @Path("/from-token-cache")
    @Authenticated
    public boolean fromTokenCache() {
        return identity.getAttribute(CurrentUser.class.getName()) != null;
    }

    @GET
    @Path("/admin")
    @RolesAllowed(Roles.ADMIN)
    public String adminOnly() {
        return "ok";
    }

    @GET
    @Path("/scope")
    @Authenticated
    public String scope() {
        return SalesAccess.readScope(caller.current()).toString();
    }
}
