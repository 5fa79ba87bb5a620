package io.crmsuite.crm.lead.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.lead.domain.ImportJob;
import io.crmsuite.crm.lead.repository.ImportJobRepository;
import io.crmsuite.crm.lead.service.LeadImports;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestPath;

/** Bulk import of leads from CSV (header row, see the README) or a JSON array; processed asynchronously. */
@Path("/api/v1/lead-imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    private final LeadImports imports;
    private final ImportJobRepository jobs;
    private final CallerIdentity caller;
    private final ObjectMapper json;

    public ImportResource(LeadImports imports, ImportJobRepository jobs, CallerIdentity caller, ObjectMapper json) {
        this.imports = imports;
        this.jobs = jobs;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> importCsv(@RequestBody(required = true) String body) {
        return imports.submit("csv", body, caller.current())
                .invoke(imports::soon)
                .map(this::accepted);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> importJson(@RequestBody(required = true) String body) {
        return imports.submit("json", body, caller.current())
                .invoke(imports::soon)
                .map(this::accepted);
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<ImportJobView> get(@RestPath UUID id) {
        CurrentUser user = caller.current();
        return jobs.findVisible(id, user.subject(), user.isAdmin())
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Import", id))
                .map(this::view);
    }

    private Response accepted(ImportJob job) {
        return Response.accepted(view(job))
                .location(URI.create("/api/v1/lead-imports/" + job.id))
                .build();
    }

    private ImportJobView view(ImportJob job) {
        try {
            return new ImportJobView(
                    job.id,
                    job.status,
                    job.format,
                    job.totalRows,
                    job.created,
                    job.merged,
                    job.rejected,
                    job.rejections == null ? null : json.readTree(job.rejections),
                    job.createdAt,
                    job.finishedAt);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
