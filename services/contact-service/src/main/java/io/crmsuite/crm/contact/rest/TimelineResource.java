package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.domain.FollowUpTask;
import io.crmsuite.crm.contact.domain.Interaction;
import io.crmsuite.crm.contact.service.TimelineService;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/** The timeline of a contact (interactions, append-only) and its follow-up tasks. */
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
public class TimelineResource {
    private final TimelineService timeline;
    private final CallerIdentity caller;

    public TimelineResource(TimelineService timeline, CallerIdentity caller) {
        this.timeline = timeline;
        this.caller = caller;
    }

    @GET
    @Path("/interactions")
    public Uni<List<Interaction>> interactions(@RestPath UUID id) {
        return timeline.interactions(id, caller.current());
    }

    @POST
    @Path("/interactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> log(@RestPath UUID id, @Valid @NotNull InteractionInput input) {
        return timeline.log(id, input, caller.current())
                .map(i -> Response.status(Response.Status.CREATED).entity(i).build());
    }

    @PUT
    @Path("/tasks/{taskId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<FollowUpTask> setTaskStatus(
            @RestPath UUID id, @RestPath UUID taskId, @Valid @NotNull TaskStatusChange change) {
        return timeline.setTaskStatus(id, taskId, change.status(), caller.current());
    }

    @GET
    @Path("/tasks")
    public Uni<List<FollowUpTask>> tasks(@RestPath UUID id) {
        return timeline.tasks(id, caller.current());
    }

    @POST
    @Path("/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> addTask(@RestPath UUID id, @Valid @NotNull TaskInput input) {
        return timeline.addTask(id, input, caller.current())
                .map(t -> Response.status(Response.Status.CREATED).entity(t).build());
    }
}
