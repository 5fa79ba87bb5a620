package io.crmsuite.crm.contact.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.contact.service.AccountMergeService;
import io.crmsuite.crm.contact.service.AccountService;
import io.crmsuite.crm.contact.service.Actor;
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
import java.util.UUID;
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
    public Uni<Response> create(
            @RestHeader("Idempotency-Key") String idempotencyKey, @Valid @NotNull AccountInput input) {
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
    public Uni<Response> get(@RestPath UUID id) {
        return accounts.get(id, caller.current()).map(a -> ETags.ok(mapper.toView(a), a.version));
    }

    @GET
    public Uni<Page<AccountView>> list(@RestQuery String name, @RestQuery String limit, @RestQuery String cursor) {
        return accounts.list(QueryParams.text("name", name), pagination.request(limit, cursor), caller.current())
                .map(page -> page.map(mapper::toView));
    }

    /** Merges {@code mergeId} into this account: its contacts and child accounts move here. */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> merge(@RestPath UUID id, @Valid @NotNull MergeRequest request) {
        var user = caller.current();
        return merges.merge(id, request.mergeId(), user, Actor.api(user, "POST /api/v1/accounts/{id}/merge"))
                .map(a -> ETags.ok(mapper.toView(a), a.version));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> update(@RestPath UUID id, @RestHeader("If-Match") String ifMatch, @NotNull JsonNode patch) {
        var user = caller.current();
        return accounts.update(id, patch, ifMatch, user, Actor.api(user, "PATCH /api/v1/accounts/{id}"))
                .map(a -> ETags.ok(mapper.toView(a), a.version));
    }
}
