package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.service.AccountImportKind;
import io.crmsuite.crm.contact.service.ContactImportKind;
import io.crmsuite.crm.contact.service.ContactService;
import io.crmsuite.crm.contact.service.ImportOptions;
import io.crmsuite.crm.imports.ImportJobView;
import io.crmsuite.crm.imports.ImportJobs;
import io.crmsuite.crm.imports.ImportKind;
import io.crmsuite.crm.platform.Uploaders;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Asynchronous bulk import of contacts or accounts from CSV or JSON: 202 with a job to poll. */
@Path(ImportResource.ROUTE)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
@Tag(
        name = "Imports",
        description = "Bulk import of contacts or accounts from CSV or a JSON array, processed in the background:"
                + " submit, then poll the job.")
public class ImportResource {
    static final String ROUTE = "/api/v1/imports";

    private final ImportJobs imports;
    private final ContactImportKind contacts;
    private final AccountImportKind accounts;
    private final CallerIdentity caller;

    public ImportResource(
            ImportJobs imports, ContactImportKind contacts, AccountImportKind accounts, CallerIdentity caller) {
        this.imports = imports;
        this.contacts = contacts;
        this.accounts = accounts;
        this.caller = caller;
    }

    @POST
    @Path("/contacts")
    @Consumes({ImportJobs.Upload.CSV_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "importContacts",
            summary = "Import contacts",
            description =
                    "A CSV with a header row (columns named like the JSON fields: givenName, familyName, emails, phones, ...; `;` between several values of a list) or a JSON"
                            + " array of contact objects (the fields of a create), up to 100,000 rows and 32 MB. Each row is"
                            + " validated and deduplicated as `onDuplicate` says; a structurally broken upload is refused"
                            + " whole. With `Idempotency-Key` a retried upload answers the same job. Poll the job at"
                            + " `Location`.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the job, queued",
            headers = @Header(name = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    public Uni<Response> importContacts(
            @RestHeader("Idempotency-Key") String key,
            @RestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(
                            description = "Per row, what to do with a likely duplicate of a stored record: `reject`"
                                    + " (the default; the row is rejected), `merge` into it, or `allow`.")
                    @RestQuery("onDuplicate")
                    ContactService.OnDuplicate onDuplicate,
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = "text/csv",
                                        schema = @Schema(type = SchemaType.STRING),
                                        examples = @ExampleObject(name = "two rows", value = Examples.CONTACTS_CSV)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(type = SchemaType.ARRAY, implementation = ContactInput.class),
                                        examples =
                                                @ExampleObject(name = "two contacts", value = Examples.CONTACTS_JSON))
                            })
                    String body) {
        return submit(contacts, key, contentType, onDuplicate, body);
    }

    /** Accounts: columns (or JSON fields) like an account's; duplicates are the same external id or normalised name. */
    @POST
    @Path("/accounts")
    @Consumes({ImportJobs.Upload.CSV_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "importAccounts",
            summary = "Import accounts",
            description =
                    "A CSV with a header row (columns named like the JSON fields: name, industry, region, country, sizeBand, website, parentId, tags, externalId; `;` between several values of a list) or a JSON"
                            + " array of account objects (the fields of a create), up to 100,000 rows and 32 MB. Each row is"
                            + " validated and deduplicated as `onDuplicate` says; a structurally broken upload is refused"
                            + " whole. With `Idempotency-Key` a retried upload answers the same job. Poll the job at"
                            + " `Location`.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the job, queued",
            headers = @Header(name = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    public Uni<Response> importAccounts(
            @RestHeader("Idempotency-Key") String key,
            @RestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(
                            description = "Per row, what to do with a likely duplicate of a stored record: `reject`"
                                    + " (the default; the row is rejected), `merge` into it, or `allow`.")
                    @RestQuery("onDuplicate")
                    ContactService.OnDuplicate onDuplicate,
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = "text/csv",
                                        schema = @Schema(type = SchemaType.STRING),
                                        examples = @ExampleObject(name = "two rows", value = Examples.ACCOUNTS_CSV)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(type = SchemaType.ARRAY, implementation = AccountInput.class),
                                        examples =
                                                @ExampleObject(name = "two accounts", value = Examples.ACCOUNTS_JSON))
                            })
                    String body) {
        return submit(accounts, key, contentType, onDuplicate, body);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getImport",
            summary = "Read an import job",
            description =
                    "Its status (QUEUED, RUNNING, COMPLETED or FAILED), the counts (processed, created, merged, rejected) and"
                            + " each rejected row's problem (row number, type, detail, field errors). Only the submitter (and"
                            + " admins) see a job.")
    @APIResponse(
            responseCode = "200",
            description = "The job",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    public Uni<ImportJobView> job(@RestPath UUID id) {
        return imports.view(id, Uploaders.of(caller.current()));
    }

    private Uni<Response> submit(
            ImportKind<?> kind, String key, String contentType, ContactService.OnDuplicate onDuplicate, String body) {
        CurrentUser user = caller.current();
        var options = ImportOptions.at(onDuplicate == null ? ContactService.OnDuplicate.REJECT : onDuplicate, user);
        return imports.submit(kind, ImportJobs.Upload.of(contentType, body, options), key, Uploaders.of(user), ROUTE);
    }
}
