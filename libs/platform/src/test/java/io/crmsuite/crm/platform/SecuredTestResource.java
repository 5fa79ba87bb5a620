package io.crmsuite.crm.platform;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint guarded like every service endpoint. */
@Path("/api/v1/platform-test")
public class SecuredTestResource {
    @GET
    @Authenticated
    public String secured() {
        return "ok";
    }

    /** Forgot its role annotation: the platform refuses it to everyone. */
    @GET
    @Path("/unannotated")
    public String unannotated() {
        return "must never be served";
    }
}
