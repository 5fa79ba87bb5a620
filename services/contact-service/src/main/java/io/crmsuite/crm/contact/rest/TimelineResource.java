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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Contact timeline", description = "A contact's interactions (append-only) and follow-up tasks.")
public class TimelineResource {
    private final TimelineService timeline;
    private final CallerIdentity caller;

    public TimelineResource(TimelineService timeline, CallerIdentity caller) {
        this.timeline = timeline;
        this.caller = caller;
    }

    @GET
    @Path("/interactions")
    @Operation(
            operationId = "listContactInteractions",
            summary = "A contact's interactions",
            description = "The contact's timeline: calls, emails, meetings, notes, purchases and service events, newest"
                    + " first.")
    @APIResponse(
            responseCode = "200",
            description = "The interactions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Interaction.class)))
    public Uni<List<Interaction>> interactions(@RestPath UUID id) {
        return timeline.interactions(id, caller.current());
    }

    @POST
    @Path("/interactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "logContactInteraction",
            summary = "Log an interaction with a contact",
            description =
                    "Appends an interaction to the timeline (`occurredAt` defaults to now); it counts as activity for"
                            + " the inactivity check.")
    @APIResponse(
            responseCode = "201",
            description = "Logged (interactions have no URL of their own: they are listed under the contact)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Interaction.class)))
    public Uni<Response> log(
            @RestPath UUID id,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "call", value = Examples.INTERACTION)))
                    @Valid
                    @NotNull
                    InteractionInput input) {
        return timeline.log(id, input, caller.current())
                .map(i -> Response.status(Response.Status.CREATED).entity(i).build());
    }

    @PUT
    @Path("/tasks/{taskId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "setContactTaskStatus",
            summary = "Complete or cancel a task",
            description = "Sets a follow-up task's status (OPEN, DONE, CANCELLED).")
    @APIResponse(
            responseCode = "200",
            description = "The task",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowUpTask.class)))
    public Uni<FollowUpTask> setTaskStatus(
            @RestPath UUID id,
            @RestPath UUID taskId,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "done", value = Examples.TASK_STATUS)))
                    @Valid
                    @NotNull
                    TaskStatusChange change) {
        return timeline.setTaskStatus(id, taskId, change.status(), caller.current());
    }

    @GET
    @Path("/tasks")
    @Operation(
            operationId = "listContactTasks",
            summary = "A contact's tasks",
            description = "The contact's follow-up tasks, open and closed, by due time.")
    @APIResponse(
            responseCode = "200",
            description = "The tasks",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpTask.class)))
    public Uni<List<FollowUpTask>> tasks(@RestPath UUID id) {
        return timeline.tasks(id, caller.current());
    }

    @POST
    @Path("/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "addContactTask",
            summary = "Add a follow-up task",
            description = "A task about the contact, due at `dueAt`; the assignee (user id, default the caller) gets a"
                    + " reminder mail at `remindAt`.")
    @APIResponse(
            responseCode = "201",
            description = "Added (tasks are listed under the contact)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowUpTask.class)))
    public Uni<Response> addTask(
            @RestPath UUID id,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "follow-up", value = Examples.TASK)))
                    @Valid
                    @NotNull
                    TaskInput input) {
        return timeline.addTask(id, input, caller.current())
                .map(t -> Response.status(Response.Status.CREATED).entity(t).build());
    }
}
