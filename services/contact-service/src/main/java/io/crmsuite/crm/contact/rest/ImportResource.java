package io.crmsuite.crm.contact.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.contact.domain.ImportJob;
import io.crmsuite.crm.contact.service.ContactService;
import io.crmsuite.crm.contact.service.ImportProcessor;
import io.crmsuite.crm.contact.service.ImportService;
import io.crmsuite.crm.rest.idempotency.IdempotencyScope;
import io.crmsuite.crm.rest.idempotency.IdempotencyStore;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.core.eventbus.EventBus;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Asynchronous bulk import of contacts or accounts from CSV or JSON: 202 with a job to poll. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
@Tag(
        name = "Imports",
        description = "Bulk import of contacts or accounts from CSV or a JSON array, processed in the background:"
                + " submit, then poll the job.")
public class ImportResource {
    private final ImportService imports;
    private final IdempotencyStore idempotency;
    private final EventBus bus;
    private final ImportProcessor processor;
    private final ObjectMapper json;
    private final CallerIdentity caller;
    private final SecurityIdentity identity;

    public ImportResource(
            ImportService imports,
            IdempotencyStore idempotency,
            EventBus bus,
            ImportProcessor processor,
            ObjectMapper json,
            CallerIdentity caller,
            SecurityIdentity identity) {
        this.imports = imports;
        this.idempotency = idempotency;
        this.bus = bus;
        this.processor = processor;
        this.json = json;
        this.caller = caller;
        this.identity = identity;
    }

    @POST
    @Path("/contacts")
    @Consumes("text/csv")
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
    public Uni<Response> importCsv(
            @RestHeader("Idempotency-Key") String key,
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
        return submit(ImportService.CONTACTS, key, onDuplicate, body, true);
    }

    @POST
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
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
    public Uni<Response> importJson(
            @RestHeader("Idempotency-Key") String key,
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
        return submit(ImportService.CONTACTS, key, onDuplicate, body, false);
    }

    /** Accounts: columns (or JSON fields) like an account's; duplicates are the same external id or normalised name. */
    @POST
    @Path("/accounts")
    @Consumes("text/csv")
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
    public Uni<Response> importAccountsCsv(
            @RestHeader("Idempotency-Key") String key,
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
        return submit(ImportService.ACCOUNTS, key, onDuplicate, body, true);
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
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
    public Uni<Response> importAccountsJson(
            @RestHeader("Idempotency-Key") String key,
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
        return submit(ImportService.ACCOUNTS, key, onDuplicate, body, false);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getImport",
            summary = "Read an import job",
            description = "Its status (QUEUED, RUNNING, DONE), the counts (processed, created, merged, rejected) and"
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
        var user = caller.current();
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.find(ImportJob.class, id)))
                .map(job -> {
                    if (job == null || !(user.isAdmin() || job.createdBy.equals(user.actor()))) {
                        throw ResourceNotFoundException.of("Import", id);
                    }
                    return view(job);
                });
    }

    private Uni<Response> submit(
            String kind, String key, ContactService.OnDuplicate onDuplicate, String body, boolean csv) {
        ContactService.OnDuplicate effective = onDuplicate == null ? ContactService.OnDuplicate.REJECT : onDuplicate;
        var user = caller.current();
        IdempotencyScope scope = IdempotencyScope.of(identity, "POST", "/api/v1/imports/" + kind);
        // parsing 100,000 rows is CPU work: a worker thread does it, the transaction continues on the request's context
        Context context = Vertx.currentContext();
        return Uni.createFrom()
                .item(() -> imports.read(body, csv, effective, kind))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(command -> context.runOnContext(ignored -> command.run()))
                .chain(upload -> idempotency
                        .execute(key, scope, upload.fingerprint(), () -> imports.submit(upload, effective, user, kind)
                                .map(job -> Response.accepted(view(job))
                                        .location(URI.create("/api/v1/imports/" + job.id))
                                        .build()))
                        .invoke(response -> {
                            if (!"true".equals(response.getHeaderString("Idempotent-Replayed"))
                                    && response.getLocation() != null) {
                                String path = response.getLocation().getPath();
                                UUID job = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
                                processor.handOver(job, upload.rows());
                                bus.send(ImportProcessor.ADDRESS, job);
                            }
                        }));
    }

    private ImportJobView view(ImportJob job) {
        try {
            return new ImportJobView(
                    job.id,
                    job.kind,
                    job.status,
                    job.total,
                    job.processed,
                    job.created,
                    job.merged,
                    job.rejected,
                    json.readTree(job.rejections),
                    job.createdAt,
                    job.finishedAt);
        } catch (Exception e) {
            throw new IllegalStateException("rejections unreadable", e);
        }
    }
}
