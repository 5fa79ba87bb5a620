package io.crmsuite.crm.contact.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.contact.domain.ContactNormaliser;
import io.crmsuite.crm.contact.repository.ContactFilter;
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
import java.time.Instant;
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
@Tag(
        name = "Contacts",
        description = "The people the company deals with: created deduplicated, read, listed and searched, changed"
                + " with If-Match, reassigned, merged; their audit trail and lifecycle history. Reps see their own"
                + " contacts, managers their team's, marketers those who consented to marketing.")
public class ContactResource {
    /** The longest free-text filter value. */
    static final int QUERY_TEXT = 200;

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
    @Operation(
            operationId = "createContact",
            summary = "Create a contact",
            description = "Creates a contact owned by the caller (emails, phones and names standardised; phones to"
                    + " E.164). A likely duplicate is handled as `onDuplicate` says. Owner, lifecycle stage, value tier"
                    + " and timestamps are never taken from the body.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Merged into an existing contact (`onDuplicate=merge`)",
            headers = @Header(name = "ETag"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactView.class)))
    @APIResponse(
            responseCode = "409",
            description = "A likely duplicate exists (`onDuplicate=reject`): the problem lists the `candidates` the"
                    + " caller may see")
    public Uni<Response> create(
            @RestHeader("Idempotency-Key") String idempotencyKey,
            @Parameter(
                            description = "What to do when the contact looks like an existing one (same email or"
                                    + " phone, or a close name at the same account): `reject` (the default) answers"
                                    + " 409 with the candidates, `merge` merges into the best match (200), `allow`"
                                    + " creates anyway.")
                    @RestQuery("onDuplicate")
                    ContactService.OnDuplicate onDuplicate,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "contact", value = Examples.CONTACT)))
                    @Valid
                    @NotNull
                    ContactInput input) {
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
    @Operation(
            operationId = "upsertContactByExternalId",
            summary = "Create or replace a contact by external id",
            description = "For the company's own integrations (ERP or shop customer number): creates the contact with"
                    + " this `externalId` (201) or replaces the writable fields of the one that has it (200). The path's"
                    + " external id wins over the body's.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced (or merged, `onDuplicate=merge`)",
            headers = @Header(name = "ETag"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactView.class)))
    @APIResponse(
            responseCode = "409",
            description = "A likely duplicate exists (`onDuplicate=reject`): the problem lists the `candidates`")
    public Uni<Response> upsert(
            @Parameter(description = "The integration's own key: up to 100 characters, no spaces.")
                    @RestPath
                    @Size(max = 100)
                    @jakarta.validation.constraints.Pattern(regexp = "\\S+")
                    String externalId,
            @RestHeader("Idempotency-Key") String idempotencyKey,
            @Parameter(
                            description = "What to do when the contact looks like an existing one (same email or"
                                    + " phone, or a close name at the same account): `reject` (the default) answers"
                                    + " 409 with the candidates, `merge` merges into the best match (200), `allow`"
                                    + " creates anyway.")
                    @RestQuery("onDuplicate")
                    ContactService.OnDuplicate onDuplicate,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "contact", value = Examples.CONTACT)))
                    @Valid
                    @NotNull
                    ContactInput input) {
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
    private static ContactService.OnDuplicate onDuplicate(ContactService.OnDuplicate mode) {
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
    @Operation(
            operationId = "getContact",
            summary = "Read a contact",
            description = "One contact with its tags, lifecycle stage, value tier and customer status; its `ETag` is"
                    + " the version to send as `If-Match` when changing it.")
    @APIResponse(
            responseCode = "200",
            description = "The contact",
            headers = @Header(name = "ETag"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactView.class)))
    public Uni<Response> get(@RestPath UUID id) {
        return queries.get(id, caller.current()).map(c -> ETags.ok(mapper.toView(c), c.version));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "patchContact",
            summary = "Change a contact",
            description = "RFC 7396 merge patch of the writable fields (those of a create): a member sets a field,"
                    + " `null` clears it, an absent one keeps it. `If-Match` with the current ETag is required.")
    @APIResponse(
            responseCode = "200",
            description = "The changed contact",
            headers = @Header(name = "ETag"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment: read it again")
    @APIResponse(responseCode = "428", description = "`If-Match` is required")
    public Uni<Response> update(
            @RestPath UUID id,
            @RestHeader("If-Match") String ifMatch,
            @RequestBody(
                            content = {
                                @Content(
                                        mediaType = JsonMergePatch.MEDIA_TYPE,
                                        schema = @Schema(implementation = ContactInput.class),
                                        examples = @ExampleObject(name = "new title", value = Examples.CONTACT_PATCH)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = ContactInput.class),
                                        examples = @ExampleObject(name = "new title", value = Examples.CONTACT_PATCH))
                            })
                    @NotNull
                    JsonNode patch) {
        var user = caller.current();
        return service.update(id, patch, ifMatch, user, Actor.api(user, "PATCH /api/v1/contacts/{id}"))
                .map(c -> ETags.ok(mapper.toView(c), c.version));
    }

    @GET
    @Operation(
            operationId = "listContacts",
            summary = "List and search contacts",
            description = "The contacts the caller may see, a page at a time (`nextCursor`). `q` searches names,"
                    + " emails, phones, company and tags (typo-tolerant); the other filters combine with AND. Free-text"
                    + " filters are at most 200 characters.")
    @APIResponse(
            responseCode = "200",
            description = "A page of contacts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactPage.class)))
    public Uni<Page<ContactView>> list(
            @Parameter(
                            description = "Free-text search.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = QUERY_TEXT))
                    @RestQuery("q")
                    String q,
            @Parameter(
                            description = "Name contains (case-insensitive).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = QUERY_TEXT))
                    @RestQuery("name")
                    String name,
            @Parameter(
                            description = "Has this email address.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = QUERY_TEXT))
                    @RestQuery("email")
                    String email,
            @Parameter(
                            description = "Has this phone number (any common format; compared in E.164).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = QUERY_TEXT))
                    @RestQuery("phone")
                    String phone,
            @Parameter(
                            description = "Has this tag.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = QUERY_TEXT))
                    @RestQuery("tag")
                    String tag,
            @Parameter(description = "ABC value tier.") @RestQuery("tier") ValueTier tier,
            @Parameter(description = "Lifecycle stage.") @RestQuery("stage") LifecycleStage stage,
            @Parameter(description = "Customer status.") @RestQuery("status") CustomerStatus status,
            @Parameter(
                            description = "Owner (user id).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = QUERY_TEXT))
                    @RestQuery("ownerId")
                    String ownerId,
            @Parameter(description = "Owning team.", schema = @Schema(type = SchemaType.STRING, maxLength = QUERY_TEXT))
                    @RestQuery("team")
                    String team,
            @Parameter(description = "Region.", schema = @Schema(type = SchemaType.STRING, maxLength = QUERY_TEXT))
                    @RestQuery("region")
                    String region,
            @Parameter(
                            description = "Industry of the contact's account.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = QUERY_TEXT))
                    @RestQuery("industry")
                    String industry,
            @Parameter(description = "Changed at or after this time.") @RestQuery("updatedSince") Instant updatedSince,
            @Parameter(description = "Order: by name (the default) or most recently updated first.") @RestQuery("sort")
                    ContactSort sort,
            @RestQuery("limit") String limit,
            @RestQuery("cursor") String cursor) {
        String e164 = phone == null ? null : normaliser.phone(phone);
        if (phone != null && e164 == null) {
            throw InvalidRequestException.forField("phone", "is not a valid phone number");
        }
        ContactFilter filter = new ContactFilter(
                q,
                name,
                email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                e164,
                tag == null ? null : tag.toLowerCase(java.util.Locale.ROOT),
                tier,
                stage,
                status,
                ownerId,
                team,
                region,
                industry,
                updatedSince);
        return queries.list(filter, ContactSort.keyOf(sort), pagination.request(limit, cursor), caller.current())
                .map(page -> page.map(mapper::toView));
    }
}
