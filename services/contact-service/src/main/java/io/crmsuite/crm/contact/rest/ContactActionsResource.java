package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.contact.domain.LifecycleChange;
import io.crmsuite.crm.contact.service.ContactQueries;
import io.crmsuite.crm.contact.service.ContactService;
import io.crmsuite.crm.contact.service.MergeService;
import io.crmsuite.crm.contact.service.TimelineService;
import io.crmsuite.crm.rest.etag.ETags;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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

/** Reassignment, duplicates and merge, audit trail and lifecycle history of one contact. */
@Path("/api/v1/contacts/{id}")
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
@Tag(name = "Contacts")
public class ContactActionsResource {
    private final ContactService contacts;
    private final ContactQueries queries;
    private final MergeService merges;
    private final TimelineService timeline;
    private final ContactMapper mapper;
    private final CallerIdentity caller;

    public ContactActionsResource(
            ContactService contacts,
            ContactQueries queries,
            MergeService merges,
            TimelineService timeline,
            ContactMapper mapper,
            CallerIdentity caller) {
        this.contacts = contacts;
        this.queries = queries;
        this.merges = merges;
        this.timeline = timeline;
        this.mapper = mapper;
        this.caller = caller;
    }

    /** Managers (their team) and admins hand a contact to another owner; emits {@code owner-changed}. */
    @POST
    @Path("/owner")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
    @Operation(
            operationId = "reassignContact",
            summary = "Reassign a contact",
            description = "Hands the contact to another owner (user id) and team: managers within their own team,"
                    + " admins anywhere.")
    @APIResponse(
            responseCode = "200",
            description = "The contact with its new owner",
            headers = @Header(name = "ETag"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = "The contact already has this owner")
    public Uni<Response> reassign(
            @RestPath UUID id,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "to a rep", value = Examples.OWNER)))
                    @Valid
                    @NotNull
                    OwnerChange change) {
        var user = caller.current();
        return contacts.reassign(
                        id,
                        change.ownerId().strip(),
                        change.team(),
                        user,
                        Actor.api(user, "POST /api/v1/contacts/{id}/owner"))
                .map(c -> ETags.ok(mapper.toView(c), c.version));
    }

    @GET
    @Path("/duplicates")
    @Operation(
            operationId = "listContactDuplicates",
            summary = "Find a contact's likely duplicates",
            description =
                    "Contacts that look like this one (email, phone, name at the same account), best match first, with"
                            + " the score and the reasons; candidates the caller may not see are only counted.")
    @APIResponse(
            responseCode = "200",
            description = "The candidates",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DuplicateList.class)))
    public Uni<DuplicateList> duplicates(@RestPath UUID id) {
        return queries.duplicatesOf(id, caller.current())
                .map(found -> new DuplicateList(found.visible(), found.hidden()));
    }

    /** Merges {@code mergeId} into this contact; emits {@code contact merged} (and {@code contact updated}). */
    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "mergeContacts",
            summary = "Merge a contact into this one",
            description =
                    "Merges `mergeId` into this contact (the survivor): emails, phones, tags, interactions, tasks and"
                            + " consents move over, the merged contact is retired, other services follow the `contact merged`"
                            + " event. Both must be visible to the caller.")
    @APIResponse(
            responseCode = "200",
            description = "The surviving contact",
            headers = @Header(name = "ETag"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactView.class)))
    @APIResponse(
            responseCode = "409",
            description = "One of them was changed at the same moment, or was already merged")
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
        return merges.merge(id, request.mergeId(), user, Actor.api(user, "POST /api/v1/contacts/{id}/merge"))
                .map(c -> ETags.ok(mapper.toView(c), c.version));
    }

    @GET
    @Path("/audit")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "getContactAudit",
            summary = "A contact's audit trail",
            description = "Every change of the contact, newest first: who (user or integration), when, through which"
                    + " operation, and the fields before and after.")
    @APIResponse(
            responseCode = "200",
            description = "The audit entries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)))
    public Uni<List<AuditEntry>> audit(@RestPath UUID id) {
        return queries.audit(id, caller.current());
    }

    @GET
    @Path("/lifecycle")
    @Operation(
            operationId = "getContactLifecycle",
            summary = "A contact's lifecycle history",
            description =
                    "Each lifecycle stage the contact went through (potential, awareness, purchase, loyal, churned),"
                            + " with when and why.")
    @APIResponse(
            responseCode = "200",
            description = "The lifecycle changes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = LifecycleChange.class)))
    public Uni<List<LifecycleChange>> lifecycle(@RestPath UUID id) {
        return timeline.lifecycle(id, caller.current());
    }
}
