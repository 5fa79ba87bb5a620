package io.crmsuite.crm.contact.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.contact.domain.ContactNormaliser;
import io.crmsuite.crm.contact.repository.ContactFilter;
import io.crmsuite.crm.contact.service.Actor;
import io.crmsuite.crm.contact.service.ContactQueries;
import io.crmsuite.crm.contact.service.ContactService;
import io.crmsuite.crm.events.contact.CustomerStatus;
import io.crmsuite.crm.events.contact.LifecycleStage;
import io.crmsuite.crm.events.contact.ValueTier;
import io.crmsuite.crm.rest.etag.ETags;
import io.crmsuite.crm.rest.idempotency.IdempotencyScope;
import io.crmsuite.crm.rest.idempotency.IdempotencyStore;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.Pagination;
import io.crmsuite.crm.rest.patch.JsonMergePatch;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Contacts: create (deduplicated), read, list and search, change with If-Match. */
@Path("/api/v1/contacts")
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
public class ContactResource {
    private final ContactService service;
    private final ContactQueries queries;
    private final ContactMapper mapper;
    private final ContactNormaliser normaliser;
    private final IdempotencyStore idempotency;
    private final Pagination pagination;
    private final CallerIdentity caller;
    private final SecurityIdentity identity;

    public ContactResource(
            ContactService service,
            ContactQueries queries,
            ContactMapper mapper,
            ContactNormaliser normaliser,
            IdempotencyStore idempotency,
            Pagination pagination,
            CallerIdentity caller,
            SecurityIdentity identity) {
        this.service = service;
        this.queries = queries;
        this.mapper = mapper;
        this.normaliser = normaliser;
        this.idempotency = idempotency;
        this.pagination = pagination;
        this.caller = caller;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> create(
            @RestHeader("Idempotency-Key") String idempotencyKey,
            @RestQuery String onDuplicate,
            @Valid @NotNull ContactInput input) {
        ContactService.OnDuplicate effective = onDuplicate(onDuplicate);
        var user = caller.current();
        return idempotency.execute(
                idempotencyKey,
                IdempotencyScope.of(identity, "POST", "/api/v1/contacts"),
                new Object[] {input, effective.name()},
                () -> service.create(input, effective, user, Actor.api(user, "POST /api/v1/contacts"))
                        .map(this::written));
    }

    /**
     * Create or replace by the integration's own key (ERP or shop customer number): 201 when created, 200 when the
     * contact with this external id was replaced. Idempotency-Key honoured like create. Partners have no access to
     * contacts (DESIGN §6): this is for the company's own integrations running as a manager or admin.
     */
    @PUT
    @Path("/by-external-id/{externalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> upsert(
            @RestPath @Size(max = 100) @jakarta.validation.constraints.Pattern(regexp = "\\S+") String externalId,
            @RestHeader("Idempotency-Key") String idempotencyKey,
            @RestQuery String onDuplicate,
            @Valid @NotNull ContactInput input) {
        ContactService.OnDuplicate effective = onDuplicate(onDuplicate);
        var user = caller.current();
        return idempotency.execute(
                idempotencyKey,
                IdempotencyScope.of(identity, "PUT", "/api/v1/contacts/by-external-id/" + externalId),
                new Object[] {input, effective.name()},
                () -> service.upsert(
                                externalId,
                                input,
                                effective,
                                user,
                                Actor.api(user, "PUT /api/v1/contacts/by-external-id/{externalId}"))
                        .map(this::written));
    }

    /** The {@code onDuplicate} query parameter; {@code reject} when absent. */
    private static ContactService.OnDuplicate onDuplicate(String value) {
        ContactService.OnDuplicate mode = QueryParams.enumValue("onDuplicate", value, ContactService.OnDuplicate.class);
        return mode == null ? ContactService.OnDuplicate.REJECT : mode;
    }

    /** 201 with its Location for a new contact, 200 for one merged into or replaced; ETag and body either way. */
    private Response written(ContactService.Created result) {
        return (result.created()
                        ? Response.created(URI.create("/api/v1/contacts/" + result.contact().id))
                        : Response.ok())
                .tag(ETags.entityTag(result.contact().version))
                .entity(mapper.toView(result.contact()))
                .build();
    }

    @GET
    @Path("/{id}")
    public Uni<Response> get(@RestPath UUID id) {
        return queries.get(id, caller.current()).map(c -> ETags.ok(mapper.toView(c), c.version));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> update(@RestPath UUID id, @RestHeader("If-Match") String ifMatch, @NotNull JsonNode patch) {
        var user = caller.current();
        return service.update(id, patch, ifMatch, user, Actor.api(user, "PATCH /api/v1/contacts/{id}"))
                .map(c -> ETags.ok(mapper.toView(c), c.version));
    }

    @GET
    public Uni<Page<ContactView>> list(
            @RestQuery String q,
            @RestQuery String name,
            @RestQuery String email,
            @RestQuery String phone,
            @RestQuery String tag,
            @RestQuery String tier,
            @RestQuery String stage,
            @RestQuery String status,
            @RestQuery String ownerId,
            @RestQuery String team,
            @RestQuery String region,
            @RestQuery String industry,
            @RestQuery String updatedSince,
            @RestQuery String sort,
            @RestQuery String limit,
            @RestQuery String cursor) {
        String phoneText = QueryParams.text("phone", phone);
        String e164 = phoneText == null ? null : normaliser.phone(phoneText);
        if (phoneText != null && e164 == null) {
            throw InvalidRequestException.forField("phone", "is not a valid phone number");
        }
        String emailText = QueryParams.text("email", email);
        String tagText = QueryParams.text("tag", tag);
        ContactFilter filter = new ContactFilter(
                QueryParams.text("q", q),
                QueryParams.text("name", name),
                emailText == null ? null : emailText.toLowerCase(java.util.Locale.ROOT),
                e164,
                tagText == null ? null : tagText.toLowerCase(java.util.Locale.ROOT),
                QueryParams.enumValue("tier", tier, ValueTier.class),
                QueryParams.enumValue("stage", stage, LifecycleStage.class),
                QueryParams.enumValue("status", status, CustomerStatus.class),
                QueryParams.text("ownerId", ownerId),
                QueryParams.text("team", team),
                QueryParams.text("region", region),
                QueryParams.text("industry", industry),
                QueryParams.instant("updatedSince", updatedSince));
        String sortKey = QueryParams.oneOf("sort", sort, "name", "name", "updated");
        return queries.list(filter, sortKey, pagination.request(limit, cursor), caller.current())
                .map(page -> page.map(mapper::toView));
    }
}
