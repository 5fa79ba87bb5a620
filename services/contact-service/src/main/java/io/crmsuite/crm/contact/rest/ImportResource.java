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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Asynchronous bulk import of contacts or accounts from CSV or JSON: 202 with a job to poll. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
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
    public Uni<Response> importCsv(
            @RestHeader("Idempotency-Key") String key, @RestQuery String onDuplicate, String body) {
        return submit(ImportService.CONTACTS, key, onDuplicate, body, true);
    }

    @POST
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> importJson(
            @RestHeader("Idempotency-Key") String key, @RestQuery String onDuplicate, String body) {
        return submit(ImportService.CONTACTS, key, onDuplicate, body, false);
    }

    /** Accounts: columns (or JSON fields) like an account's; duplicates are the same external id or normalised name. */
    @POST
    @Path("/accounts")
    @Consumes("text/csv")
    public Uni<Response> importAccountsCsv(
            @RestHeader("Idempotency-Key") String key, @RestQuery String onDuplicate, String body) {
        return submit(ImportService.ACCOUNTS, key, onDuplicate, body, true);
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> importAccountsJson(
            @RestHeader("Idempotency-Key") String key, @RestQuery String onDuplicate, String body) {
        return submit(ImportService.ACCOUNTS, key, onDuplicate, body, false);
    }

    @GET
    @Path("/{id}")
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

    private Uni<Response> submit(String kind, String key, String onDuplicate, String body, boolean csv) {
        ContactService.OnDuplicate mode =
                QueryParams.enumValue("onDuplicate", onDuplicate, ContactService.OnDuplicate.class);
        ContactService.OnDuplicate effective = mode == null ? ContactService.OnDuplicate.REJECT : mode;
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
