package io.crmsuite.crm.contact.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.contact.service.AccountMergeService;
import io.crmsuite.crm.contact.service.AccountService;
import io.crmsuite.crm.rest.etag.ETags;
import io.crmsuite.crm.rest.idempotency.IdempotencyScope;
import io.crmsuite.crm.rest.idempotency.IdempotencyStore;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.Pagination;
import io.crmsuite.crm.rest.patch.JsonMergePatch;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
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

/** Accounts (companies). */
@Path("/api/v1/accounts")
@RolesAllowed({
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.SALES_MANAGER,
    Roles.SALES_REP,
    Roles.SUPPORT_MANAGER,
    Roles.SUPPORT_AGENT,
    Roles.MARKETER
})
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Accounts",
        description = "Companies: created, read, listed, changed with If-Match, merged; parent accounts for groups.")
public class AccountResource {
    private final AccountService accounts;
    private final AccountMergeService merges;
    private final ContactMapper mapper;
    private final IdempotencyStore idempotency;
    private final Pagination pagination;
    private final CallerIdentity caller;
    private final SecurityIdentity identity;

    public AccountResource(
            AccountService accounts,
            AccountMergeService merges,
            ContactMapper mapper,
            IdempotencyStore idempotency,
            Pagination pagination,
            CallerIdentity caller,
            SecurityIdentity identity) {
        this.accounts = accounts;
        this.merges = merges;
        this.mapper = mapper;
        this.idempotency = idempotency;
        this.pagination = pagination;
        this.caller = caller;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "createAccount",
            summary = "Create an account",
            description = "Creates an account owned by the caller and their team. `externalId` is unique.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "Another account has this `externalId`")
    public Uni<Response> create(
            @RestHeader("Idempotency-Key") String idempotencyKey,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "account", value = Examples.ACCOUNT)))
                    @Valid
                    @NotNull
                    AccountInput input) {
        var user = caller.current();
        return idempotency.execute(
                idempotencyKey, IdempotencyScope.of(identity, "POST", "/api/v1/accounts"), input, () -> accounts.create(
                                input, user.subject(), user.team(), Actor.api(user, "POST /api/v1/accounts"))
                        .map(a -> Response.created(URI.create("/api/v1/accounts/" + a.id))
                                .tag(ETags.entityTag(a.version))
                                .entity(mapper.toView(a))
                                .build()));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getAccount",
            summary = "Read an account",
            description = "One account; its `ETag` is the version to send as `If-Match` when changing it.")
    @APIResponse(
            responseCode = "200",
            description = "The account",
            headers = @Header(name = "ETag"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    public Uni<Response> get(@RestPath UUID id) {
        return accounts.get(id, caller.current()).map(a -> ETags.ok(mapper.toView(a), a.version));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "getAccountAudit",
            summary = "An account's audit trail",
            description = "Every change of the account, oldest first: who (user, integration or the service itself),"
                    + " when, through which operation or event, and each changed field before and after. Admins and"
                    + " auditors also read the trail of a merged-away account.")
    @APIResponse(
            responseCode = "200",
            description = "The audit entries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)))
    public Uni<List<AuditEntry>> audit(@RestPath UUID id) {
        return accounts.audit(id, caller.current());
    }

    @GET
    @Operation(
            operationId = "listAccounts",
            summary = "List accounts",
            description = "The accounts the caller may see, by name, a page at a time (`nextCursor`).")
    @APIResponse(
            responseCode = "200",
            description = "A page of accounts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountPage.class)))
    public Uni<Page<AccountView>> list(
            @Parameter(
                            description = "Name contains (case-insensitive).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = ContactResource.QUERY_TEXT))
                    @RestQuery("name")
                    String name,
            @RestQuery("limit") String limit,
            @RestQuery("cursor") String cursor) {
        return accounts.list(name, pagination.request(limit, cursor), caller.current())
                .map(page -> page.map(mapper::toView));
    }

    /** Merges {@code mergeId} into this account: its contacts and child accounts move here. */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "mergeAccounts",
            summary = "Merge an account into this one",
            description =
                    "Merges `mergeId` into this account (the survivor): its contacts and child accounts move here and"
                            + " the merged account is retired (event `account merged`).")
    @APIResponse(
            responseCode = "200",
            description = "The surviving account",
            headers = @Header(name = "ETag"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "One of them was changed at the same moment")
    public Uni<Response> merge(
            @RestPath UUID id,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "merge", value = Examples.MERGE)))
                    @Valid
                    @NotNull
                    MergeRequest request) {
        var user = caller.current();
        return merges.merge(id, request.mergeId(), user, Actor.api(user, "POST /api/v1/accounts/{id}/merge"))
                .map(a -> ETags.ok(mapper.toView(a), a.version));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "patchAccount",
            summary = "Change an account",
            description =
                    "RFC 7396 merge patch of the writable fields (those of a create). `If-Match` with the current ETag"
                            + " is required.")
    @APIResponse(
            responseCode = "200",
            description = "The changed account",
            headers = @Header(name = "ETag"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "Changed at the same moment, or the new `externalId` is taken")
    @APIResponse(responseCode = "428", description = "`If-Match` is required")
    public Uni<Response> update(
            @RestPath UUID id,
            @RestHeader("If-Match") String ifMatch,
            @RequestBody(
                            content = {
                                @Content(
                                        mediaType = JsonMergePatch.MEDIA_TYPE,
                                        schema = @Schema(implementation = AccountInput.class),
                                        examples =
                                                @ExampleObject(name = "new website", value = Examples.ACCOUNT_PATCH)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = AccountInput.class),
                                        examples = @ExampleObject(name = "new website", value = Examples.ACCOUNT_PATCH))
                            })
                    @NotNull
                    JsonNode patch) {
        var user = caller.current();
        return accounts.update(id, patch, ifMatch, user, Actor.api(user, "PATCH /api/v1/accounts/{id}"))
                .map(a -> ETags.ok(mapper.toView(a), a.version));
    }
}
