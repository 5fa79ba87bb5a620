package io.crmsuite.crm.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only resource: shows what the library reads from a real token. */
@Path("/whoami")
public class WhoAmIResource {
    private final CallerIdentity caller;

    public WhoAmIResource(CallerIdentity caller) {
        this.caller = caller;
    }

    @GET
    @Authenticated
    public CurrentUser whoAmI() {
        return caller.current();
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
