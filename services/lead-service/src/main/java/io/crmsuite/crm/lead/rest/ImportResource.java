package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.imports.ImportJobView;
import io.crmsuite.crm.imports.ImportJobs;
import io.crmsuite.crm.lead.domain.Submitter;
import io.crmsuite.crm.lead.service.LeadImportKind;
import io.crmsuite.crm.rest.idempotency.IdempotencyKeys;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/** Bulk import of leads from CSV (header row, see the README) or a JSON array; processed asynchronously. */
@Path(ImportResource.ROUTE)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class ImportResource {
    static final String ROUTE = "/api/v1/lead-imports";

    private final ImportJobs imports;
    private final LeadImportKind leads;
    private final CallerIdentity caller;

    public ImportResource(ImportJobs imports, LeadImportKind leads, CallerIdentity caller) {
        this.imports = imports;
        this.leads = leads;
        this.caller = caller;
    }

    @POST
    @Consumes("text/csv")
    public Uni<Response> importCsv(
            @RestHeader(IdempotencyKeys.HEADER) String key, @RequestBody(required = true) String body) {
        return imports.submit(leads, ImportJobs.Upload.csv(body, options()), key, uploader(), ROUTE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> importJson(
            @RestHeader(IdempotencyKeys.HEADER) String key, @RequestBody(required = true) String body) {
        return imports.submit(leads, ImportJobs.Upload.json(body, options()), key, uploader(), ROUTE);
    }

    @GET
    @Path("/{id}")
    public Uni<ImportJobView> get(@RestPath UUID id) {
        return imports.view(id, uploader());
    }

    private Map<String, String> options() {
        return Map.of(
                LeadImportKind.KEEPS_OWN,
                String.valueOf(Submitter.of(caller.current()).keepsOwnLeads()));
    }

    private ImportJobs.Uploader uploader() {
        CurrentUser user = caller.current();
        return new ImportJobs.Uploader(user.subject(), user.actor(), user.team(), user.isAdmin());
    }
}
