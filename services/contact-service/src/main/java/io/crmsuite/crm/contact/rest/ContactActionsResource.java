package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.domain.AuditEntry;
import io.crmsuite.crm.contact.domain.LifecycleChange;
import io.crmsuite.crm.contact.service.Actor;
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
    public Uni<Response> reassign(@RestPath UUID id, @Valid @NotNull OwnerChange change) {
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
    public Uni<DuplicateList> duplicates(@RestPath UUID id) {
        return queries.duplicatesOf(id, caller.current())
                .map(found -> new DuplicateList(found.visible(), found.hidden()));
    }

    /** Merges {@code mergeId} into this contact; emits {@code contact merged} (and {@code contact updated}). */
    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> merge(@RestPath UUID id, @Valid @NotNull MergeRequest request) {
        var user = caller.current();
        return merges.merge(id, request.mergeId(), user, Actor.api(user, "POST /api/v1/contacts/{id}/merge"))
                .map(c -> ETags.ok(mapper.toView(c), c.version));
    }

    @GET
    @Path("/audit")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<List<AuditEntry>> audit(@RestPath UUID id) {
        return queries.audit(id, caller.current());
    }

    @GET
    @Path("/lifecycle")
    public Uni<List<LifecycleChange>> lifecycle(@RestPath UUID id) {
        return timeline.lifecycle(id, caller.current());
    }
}
