package io.crmsuite.crm.imports.testapp;

import io.crmsuite.crm.imports.ImportJobView;
import io.crmsuite.crm.imports.ImportJobs;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/** Test-only import resource, as a service's would be (the test app has no tokens: one fixed uploader). */
@Path("/test/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ThingImportResource {
    static final ImportJobs.Uploader UPLOADER = new ImportJobs.Uploader("tester", "tester", "east", false);

    private final ImportJobs imports;
    private final ThingKinds.InOrder things;
    private final ThingKinds.Grouped grouped;

    public ThingImportResource(ImportJobs imports, ThingKinds.InOrder things, ThingKinds.Grouped grouped) {
        this.imports = imports;
        this.things = things;
        this.grouped = grouped;
    }

    @POST
    @Path("/{kind}")
    @Consumes("text/csv")
    public Uni<Response> csv(@RestPath String kind, @RestHeader("Idempotency-Key") String key, String body) {
        return imports.submit(kind(kind), ImportJobs.Upload.csv(body, Map.of()), key, UPLOADER, "/test/imports");
    }

    @POST
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> json(@RestPath String kind, @RestHeader("Idempotency-Key") String key, String body) {
        return imports.submit(
                kind(kind), ImportJobs.Upload.json(body, Map.of("mode", "test")), key, UPLOADER, "/test/imports");
    }

    @GET
    @Path("/jobs/{id}")
    public Uni<ImportJobView> job(@RestPath UUID id) {
        return imports.view(id, UPLOADER);
    }

    private io.crmsuite.crm.imports.ImportKind<?> kind(String name) {
        return name.equals(grouped.name()) ? grouped : things;
    }
}
