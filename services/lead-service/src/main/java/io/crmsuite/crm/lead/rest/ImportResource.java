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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Bulk import of leads from CSV (header row, see the README) or a JSON array; processed asynchronously. */
@Path("/api/v1/lead-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Lead imports",
        description = "Bulk import of leads from CSV or a JSON array, processed in the background: submit, then poll"
                + " the job.")
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
    @Operation(
            operationId = "importLeads",
            summary = "Import leads",
            description = "A CSV with a header row (columns: name, company, title, email, phone, region, country,"
                    + " industry, companySize, productInterest, budgetAmount, budgetCurrency, source, campaignId,"
                    + " utmSource, utmMedium, utmCampaign, consentGiven, consentText, notes; name and region required)"
                    + " or a JSON array of lead objects (the fields of a create), up to 100,000 rows. Rows are"
                    + " validated, deduplicated against open leads (a match becomes an interaction) and scored in the"
                    + " background; poll the job at `Location`.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the job, queued",
            headers = @Header(name = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    public Uni<Response> importCsv(
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = "text/csv",
                                        schema = @Schema(type = SchemaType.STRING),
                                        examples = @ExampleObject(name = "two rows", value = Examples.IMPORT_CSV)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(type = SchemaType.ARRAY, implementation = LeadInput.class),
                                        examples = @ExampleObject(name = "two leads", value = Examples.IMPORT_JSON))
                            })
                    String body) {
        return imports.submit("csv", body, caller.current())
                .invoke(imports::soon)
                .map(this::accepted);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "importLeads",
            summary = "Import leads",
            description = "A CSV with a header row (columns: name, company, title, email, phone, region, country,"
                    + " industry, companySize, productInterest, budgetAmount, budgetCurrency, source, campaignId,"
                    + " utmSource, utmMedium, utmCampaign, consentGiven, consentText, notes; name and region required)"
                    + " or a JSON array of lead objects (the fields of a create), up to 100,000 rows. Rows are"
                    + " validated, deduplicated against open leads (a match becomes an interaction) and scored in the"
                    + " background; poll the job at `Location`.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the job, queued",
            headers = @Header(name = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    public Uni<Response> importJson(
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = "text/csv",
                                        schema = @Schema(type = SchemaType.STRING),
                                        examples = @ExampleObject(name = "two rows", value = Examples.IMPORT_CSV)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(type = SchemaType.ARRAY, implementation = LeadInput.class),
                                        examples = @ExampleObject(name = "two leads", value = Examples.IMPORT_JSON))
                            })
                    String body) {
        return imports.submit("json", body, caller.current())
                .invoke(imports::soon)
                .map(this::accepted);
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "getLeadImport",
            summary = "Read a lead import job",
            description = "Its status (QUEUED, RUNNING, COMPLETED or FAILED), the counts of created, merged and"
                    + " rejected rows, and each rejected row's reasons (row 1 = first data row; at most 1,000 listed)."
                    + " Only the submitter (and admins) see a job.")
    @APIResponse(
            responseCode = "200",
            description = "The job",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
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
