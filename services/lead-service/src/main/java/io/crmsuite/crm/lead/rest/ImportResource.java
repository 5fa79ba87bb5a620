package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.imports.ImportJobView;
import io.crmsuite.crm.imports.ImportJobs;
import io.crmsuite.crm.lead.domain.Submitter;
import io.crmsuite.crm.lead.service.LeadImportKind;
import io.crmsuite.crm.platform.Uploaders;
import io.crmsuite.crm.rest.idempotency.IdempotencyKeys;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/** Bulk import of leads from CSV (header row, see the README) or a JSON array; processed asynchronously. */
@Path(ImportResource.ROUTE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Lead imports",
        description = "Bulk import of leads from CSV or a JSON array, processed in the background: submit, then poll"
                + " the job.")
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
    @Consumes({ImportJobs.Upload.CSV_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "importLeads",
            summary = "Import leads",
            description =
                    "A CSV with a header row (columns: name, company, title, email, phone, region, country,"
                            + " industry, companySize, productInterest, budgetAmount, budgetCurrency, source, campaignId,"
                            + " utmSource, utmMedium, utmCampaign, consentGiven, consentText, notes; name and region required)"
                            + " or a JSON array of lead objects (the fields of a create), up to 100,000 rows. Rows are"
                            + " validated, deduplicated against open leads (a match becomes an interaction) and scored in the"
                            + " background; with `Idempotency-Key` a retried upload answers the same job. Poll the job at `Location`.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the job, queued",
            headers = @Header(name = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    public Uni<Response> importLeads(
            @RestHeader(IdempotencyKeys.HEADER) String key,
            @RestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
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
        return imports.submit(leads, ImportJobs.Upload.of(contentType, body, options()), key, uploader(), ROUTE);
    }

    @GET
    @Path("/{id}")
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
        return imports.view(id, uploader());
    }

    private Map<String, String> options() {
        return Map.of(
                LeadImportKind.KEEPS_OWN,
                String.valueOf(Submitter.of(caller.current()).keepsOwnLeads()));
    }

    private ImportJobs.Uploader uploader() {
        return Uploaders.of(caller.current());
    }
}
