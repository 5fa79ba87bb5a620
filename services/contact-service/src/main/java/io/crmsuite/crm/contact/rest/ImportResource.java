package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.service.AccountImportKind;
import io.crmsuite.crm.contact.service.ContactImportKind;
import io.crmsuite.crm.contact.service.ContactService;
import io.crmsuite.crm.contact.service.ImportOptions;
import io.crmsuite.crm.imports.ImportJobView;
import io.crmsuite.crm.imports.ImportJobs;
import io.crmsuite.crm.imports.ImportKind;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Asynchronous bulk import of contacts or accounts from CSV or JSON: 202 with a job to poll. */
@Path(ImportResource.ROUTE)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
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
    @Consumes("text/csv")
    public Uni<Response> importCsv(
            @RestHeader(IdempotencyKeys.HEADER) String key, @RestQuery String onDuplicate, String body) {
        return submit(contacts, key, onDuplicate, body, true);
    }

    @POST
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> importJson(
            @RestHeader(IdempotencyKeys.HEADER) String key, @RestQuery String onDuplicate, String body) {
        return submit(contacts, key, onDuplicate, body, false);
    }

    /** Accounts: columns (or JSON fields) like an account's; duplicates are the same external id or normalised name. */
    @POST
    @Path("/accounts")
    @Consumes("text/csv")
    public Uni<Response> importAccountsCsv(
            @RestHeader(IdempotencyKeys.HEADER) String key, @RestQuery String onDuplicate, String body) {
        return submit(accounts, key, onDuplicate, body, true);
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> importAccountsJson(
            @RestHeader(IdempotencyKeys.HEADER) String key, @RestQuery String onDuplicate, String body) {
        return submit(accounts, key, onDuplicate, body, false);
    }

    @GET
    @Path("/{id}")
    public Uni<ImportJobView> job(@RestPath UUID id) {
        return imports.view(id, uploader(caller.current()));
    }

    private Uni<Response> submit(ImportKind<?> kind, String key, String onDuplicate, String body, boolean csv) {
        ContactService.OnDuplicate mode =
                QueryParams.enumValue("onDuplicate", onDuplicate, ContactService.OnDuplicate.class);
        CurrentUser user = caller.current();
        var options = ImportOptions.at(mode == null ? ContactService.OnDuplicate.REJECT : mode, user);
        ImportJobs.Upload upload = csv ? ImportJobs.Upload.csv(body, options) : ImportJobs.Upload.json(body, options);
        return imports.submit(kind, upload, key, uploader(user), ROUTE);
    }

    private static ImportJobs.Uploader uploader(CurrentUser user) {
        return new ImportJobs.Uploader(user.subject(), user.actor(), user.team(), user.isAdmin());
    }
}
